import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { InvitationsDocument, InviteMemberDocument, RevokeInvitationDocument, type InvitationsQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, formatDate } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Card, ConfirmButton, PAGE_SIZE, RoleSelect, useCursorPages, type SectionProps } from './admin-common';

type Invitation = InvitationsQuery['invitations']['edges'][number]['node'];

const COLUMNS = 5;

/** Invites one address with a role; the list starts again from its head afterwards, where the new invitation is. */
function InviteForm({ organizationId, organization, onInvited }: SectionProps & { onInvited: (email: string) => void }) {
  const roles = organization.roles ?? [];
  const [email, setEmail] = useState('');
  const [roleId, setRoleId] = useState(roles.find((role) => role.builtIn === 'member')?.id ?? roles[0]?.id ?? '');
  const [result, invite] = useMutation(InviteMemberDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await invite({ input: { organizationId, email: email.trim(), roleId } });
    if (outcome.data?.inviteMember) {
      onInvited(outcome.data.inviteMember.email ?? email);
      setEmail('');
    }
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <label>
        Email address
        <input type="email" required autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <RoleSelect roles={roles} value={roleId} label="Role on joining" onChange={setRoleId} visibleLabel />
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Sending…' : 'Send invitation'}
      </button>
      <ErrorMessage error={result.error} title="The invitation was not sent." />
    </form>
  );
}

function InvitationRow({ organizationId, invitation, onChanged }: { organizationId: string; invitation: Invitation; onChanged: () => void }) {
  const [revoking, revoke] = useMutation(RevokeInvitationDocument);
  const onRevoke = async () => {
    const result = await revoke({ organizationId, invitationId: invitation.id });
    if (!result.error) onChanged();
  };
  return (
    <tr>
      <th scope="row">{invitation.email}</th>
      <td>{invitation.role?.name ?? '—'}</td>
      <td>{formatDate(invitation.createdAt)}</td>
      <td>{formatDate(invitation.expiresAt)}</td>
      <td>
        {invitation.viewerCanRevoke ? (
          <ConfirmButton label={`Revoke invitation for ${invitation.email}`} question={`Revoke the invitation for ${invitation.email}?`} confirmLabel="Yes, revoke" busy={revoking.fetching} onConfirm={onRevoke} />
        ) : (
          <span className="muted">—</span>
        )}
        <ErrorMessage error={revoking.error} title="The invitation was not revoked." />
      </td>
    </tr>
  );
}

/** One page of pending invitations; the last page offers the next. */
function InvitationsPage({ organizationId, after, isLast, onMore }: { organizationId: string; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvitationsDocument, variables: { organizationId, status: 'PENDING', first: PAGE_SIZE, after } });
  if (error) return <tr><td colSpan={COLUMNS}><ErrorMessage error={error} /></td></tr>;
  if (!data) return fetching ? <tr><td colSpan={COLUMNS}><Loading /></td></tr> : null;
  const { edges, pageInfo } = data.invitations;
  return (
    <>
      {edges.map(({ node }) => (
        <InvitationRow key={node.id} organizationId={organizationId} invitation={node} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
      ))}
      {after === null && edges.length === 0 ? <tr><td colSpan={COLUMNS}><EmptyState title="No pending invitations.">Invite someone with the form above; they join when they accept the mailed link.</EmptyState></td></tr> : null}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <tr><td colSpan={COLUMNS}><LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} /></td></tr>
      ) : null}
    </>
  );
}

/** Pending invitations, newest first, and the form that sends one. */
export function InvitationsSection(props: SectionProps) {
  const pages = useCursorPages();
  const [sent, setSent] = useState<string | null>(null);
  if (!props.organization.viewerCanInvite) {
    return <EmptyState title="Your role cannot invite people or see invitations.">An owner or admin of {props.organization.name} can invite people for you.</EmptyState>;
  }
  return (
    <>
      <Card id="invite-heading" title="Invite someone">
        <InviteForm
          {...props}
          onInvited={(email) => {
            setSent(email);
            pages.restart();
          }}
        />
        <p role="status" className="muted">
          {sent ? `Invitation sent to ${sent}.` : ''}
        </p>
      </Card>
      <Card id="pending-heading" title="Pending invitations">
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Sent</th>
                <th scope="col">Expires</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {pages.cursors.map((after, index) => (
                <InvitationsPage key={`${pages.generation}-${after ?? 'first'}`} organizationId={props.organizationId} after={after} isLast={index === pages.cursors.length - 1} onMore={pages.more} />
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
