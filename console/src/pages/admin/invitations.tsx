import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { InvitationsDocument, InviteMemberDocument, RevokeInvitationDocument, type InvitationsQuery } from '@steward/client';
import { EmptyState, formatDate } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { PageRows, PagedTable, useCursorPages, type TablePage } from '../../ui/paged-table';
import { Card, ConfirmButton, PAGE_SIZE, RoleSelect, type SectionProps } from './admin-common';

type Invitation = InvitationsQuery['invitations']['edges'][number]['node'];

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
function InvitationsPage({ organizationId, ...page }: { organizationId: string } & TablePage) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvitationsDocument, variables: { organizationId, status: 'PENDING', first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.invitations}
      row={(invitation) => <InvitationRow organizationId={organizationId} invitation={invitation} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
      empty={<EmptyState title="No pending invitations.">Invite someone with the form above; they join when they accept the mailed link.</EmptyState>}
    />
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
        <PagedTable columns={['Email', 'Role', 'Sent', 'Expires', 'Actions']} pages={pages}>
          {(page) => <InvitationsPage organizationId={props.organizationId} {...page} />}
        </PagedTable>
      </Card>
    </>
  );
}
