import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ChangeMemberRoleDocument, ConsoleAdminMembersDocument, RemoveMemberDocument, type ConsoleAdminMembersQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, formatCount, formatDate } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Card, ConfirmButton, PAGE_SIZE, RoleSelect, useCursorPages, type SectionProps } from './admin-common';

type Member = ConsoleAdminMembersQuery['members']['edges'][number]['node'];

const COLUMNS = 5;

/** One member: the role select and the remove button appear only when the graph says the viewer may use them. */
function MemberRow({ member, props, onChanged }: { member: Member; props: SectionProps; onChanged: () => void }) {
  const { organizationId, organization, viewer } = props;
  const [changing, changeRole] = useMutation(ChangeMemberRoleDocument);
  const [removing, remove] = useMutation(RemoveMemberDocument);
  const name = member.user?.name ?? 'Unnamed member';
  const [changed, setChanged] = useState('');
  const isViewer = viewer?.id !== undefined && viewer.id === member.user?.id;
  const onRole = async (roleId: string) => {
    setChanged('');
    const result = await changeRole({ input: { organizationId, membershipId: member.id, roleId } });
    if (result.error) return;
    setChanged(`Role changed to ${result.data?.changeMemberRole.role?.name ?? 'the new role'}.`);
    onChanged();
  };
  const onRemove = async () => {
    const result = await remove({ organizationId, membershipId: member.id });
    if (!result.error) onChanged();
  };
  return (
    <tr>
      <th scope="row">
        {name}
        {isViewer ? ' (you)' : ''}
      </th>
      {/* The graph shows an email address only to its owner. */}
      <td>{isViewer ? viewer?.email ?? '—' : <span className="muted">Not shared</span>}</td>
      <td>
        {member.viewerCanChangeRole ? (
          <RoleSelect roles={organization.roles} value={member.role?.id ?? ''} label={`Role of ${name}`} onChange={onRole} />
        ) : (
          member.role?.name ?? '—'
        )}
        <span role="status" className="muted row-status">
          {changed}
        </span>
        <ErrorMessage error={changing.error} title="The role was not changed." />
      </td>
      <td>{formatDate(member.joinedAt)}</td>
      <td>
        {member.viewerCanRemove ? (
          <ConfirmButton label={`Remove ${name}`} question={`Remove ${name} from ${organization.name}?`} confirmLabel="Yes, remove" busy={removing.fetching} onConfirm={onRemove} />
        ) : (
          <span className="muted">—</span>
        )}
        <ErrorMessage error={removing.error} title="The member was not removed." />
      </td>
    </tr>
  );
}

/** One page of members; the last page offers the next. */
function MembersPage({ props, after, isLast, onMore }: { props: SectionProps; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleAdminMembersDocument, variables: { organizationId: props.organizationId, first: PAGE_SIZE, after } });
  if (error) return <tr><td colSpan={COLUMNS}><ErrorMessage error={error} /></td></tr>;
  if (!data) return fetching ? <tr><td colSpan={COLUMNS}><Loading /></td></tr> : null;
  const { edges, pageInfo, totalCount } = data.members;
  return (
    <>
      {after === null ? <tr className="count-row"><td colSpan={COLUMNS}>{formatCount(totalCount)} {totalCount === 1 ? 'member' : 'members'}</td></tr> : null}
      {edges.map(({ node }) => (
        <MemberRow key={node.id} member={node} props={props} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
      ))}
      {after === null && edges.length === 0 ? <tr><td colSpan={COLUMNS}><EmptyState title="No members yet.">Invite people on the Invitations page.</EmptyState></td></tr> : null}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <tr><td colSpan={COLUMNS}><LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} /></td></tr>
      ) : null}
    </>
  );
}

/** The organization's members, oldest first, with their roles. */
export function MembersSection(props: SectionProps) {
  const pages = useCursorPages();
  return (
    <Card id="members-heading" title="People in this organization">
      {props.organization.viewerCanManageMembers ? null : <p className="muted">Your role lets you see the members; an owner or admin can change roles and remove people.</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {pages.cursors.map((after, index) => (
              <MembersPage key={`${pages.generation}-${after ?? 'first'}`} props={props} after={after} isLast={index === pages.cursors.length - 1} onMore={pages.more} />
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
