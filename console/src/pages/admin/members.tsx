import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ChangeMemberRoleDocument, ConsoleAdminMembersDocument, RemoveMemberDocument, type ConsoleAdminMembersQuery } from '@steward/client';
import { EmptyState, formatCount, formatDate } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { Card, ConfirmButton, PAGE_SIZE, RoleSelect, type SectionProps } from './admin-common';

type Member = ConsoleAdminMembersQuery['members']['edges'][number]['node'];

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

/** One page of members, under the count on the first; the last page offers the next. */
function MembersPage({ props, ...page }: { props: SectionProps } & TablePage) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleAdminMembersDocument, variables: { organizationId: props.organizationId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.members}
      head={({ totalCount }) =>
        page.after === null ? (
          <tr className="count-row">
            <td colSpan={page.columns}>
              {formatCount(totalCount)} {totalCount === 1 ? 'member' : 'members'}
            </td>
          </tr>
        ) : null
      }
      row={(member) => <MemberRow member={member} props={props} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
      empty={<EmptyState title="No members yet.">Invite people on the Invitations page.</EmptyState>}
    />
  );
}

/** The organization's members, oldest first, with their roles. */
export function MembersSection(props: SectionProps) {
  return (
    <Card id="members-heading" title="People in this organization">
      {props.organization.viewerCanManageMembers ? null : <p className="muted">Your role lets you see the members; an owner or admin can change roles and remove people.</p>}
      <PagedTable columns={['Name', 'Email', 'Role', 'Joined', 'Actions']}>{(page) => <MembersPage props={props} {...page} />}</PagedTable>
    </Card>
  );
}
