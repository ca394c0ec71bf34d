import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { CreateRoleDocument, DeleteRoleDocument, PermissionsDocument, RolesDocument, type PermissionsQuery, type RolesQuery } from '@steward/client';
import { EmptyState, Loading, formatCount } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Card, ConfirmButton, type SectionProps } from './admin-common';

type Role = RolesQuery['roles'][number];
type Permission = PermissionsQuery['permissions'][number];

/** The catalogue grouped by area, in the order the graph lists it. */
function byArea(permissions: Permission[]): [string, Permission[]][] {
  const groups = new Map<string, Permission[]>();
  for (const permission of permissions) groups.set(permission.area, [...(groups.get(permission.area) ?? []), permission]);
  return [...groups.entries()];
}

/** A custom role's name and its permissions, chosen from the catalogue area by area. */
function CreateRoleForm({ organizationId, onCreated }: { organizationId: string; onCreated: (name: string) => void }) {
  const [{ data, error }] = useQuery({ query: PermissionsDocument });
  const [result, create] = useMutation(CreateRoleDocument);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (error) return <ErrorMessage error={error} title="The permission catalogue could not be read." />;
  if (!data) return <Loading label="Loading the permission catalogue…" />;
  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await create({ input: { organizationId, name: name.trim(), permissions: [...chosen] } });
    if (outcome.data?.createRole) {
      onCreated(outcome.data.createRole.name ?? name);
      setName('');
      setChosen(new Set());
    }
  };
  return (
    <form className="admin-form role-form" onSubmit={submit}>
      <label>
        Role name
        <input required maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <div className="permission-areas">
        {byArea(data.permissions).map(([area, permissions]) => (
          <fieldset key={area}>
            <legend>{area}</legend>
            {permissions.map((permission) => (
              <label key={permission.key} className="check">
                <input type="checkbox" checked={chosen.has(permission.key)} onChange={(event) => toggle(permission.key, event.target.checked)} />
                <span>
                  <code>{permission.key}</code> <span className="muted">{permission.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <p className="muted">You can only give permissions you hold yourself.</p>
      <button type="submit" disabled={result.fetching || chosen.size === 0}>
        {result.fetching ? 'Creating…' : `Create role with ${chosen.size} permission${chosen.size === 1 ? '' : 's'}`}
      </button>
      <ErrorMessage error={result.error} title="The role was not created." />
    </form>
  );
}

function RoleRow({ organizationId, role, onChanged }: { organizationId: string; role: Role; onChanged: () => void }) {
  const [deleting, remove] = useMutation(DeleteRoleDocument);
  const name = role.name ?? 'Unnamed role';
  const onDelete = async () => {
    const result = await remove({ organizationId, roleId: role.id });
    if (!result.error) onChanged();
  };
  return (
    <tr>
      <th scope="row">
        {name}
        {role.description ? <span className="role-description">{role.description}</span> : null}
      </th>
      <td>{role.builtIn ? 'Built-in' : 'Custom'}</td>
      <td>
        <ul className="permission-list">
          {(role.effectivePermissions ?? []).map((key) => (
            <li key={key}>
              <code>{key}</code>
            </li>
          ))}
        </ul>
      </td>
      <td className="number">{formatCount(role.memberCount)}</td>
      <td>
        {role.viewerCanDelete ? <ConfirmButton label={`Delete ${name}`} question={`Delete the role ${name}?`} confirmLabel="Yes, delete" busy={deleting.fetching} onConfirm={onDelete} /> : <span className="muted">—</span>}
        <ErrorMessage error={deleting.error} title="The role was not deleted." />
      </td>
    </tr>
  );
}

/** The organization's roles with their permissions, and the form that makes a custom one. */
export function RolesSection({ organizationId, organization }: SectionProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RolesDocument, variables: { organizationId } });
  const [created, setCreated] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <Card id="roles-heading" title="Roles and their permissions">
        <ErrorMessage error={error} />
        {!data && fetching ? <Loading /> : null}
        {data && data.roles.length === 0 ? <EmptyState title="No roles." /> : null}
        {data && data.roles.length > 0 ? (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Permissions</th>
                  <th scope="col" className="number">Members</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.roles.map((role) => (
                  <RoleRow key={role.id} organizationId={organizationId} role={role} onChanged={refresh} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      {organization.viewerCanManageRoles ? (
        <Card id="create-role-heading" title="Create a custom role">
          <CreateRoleForm
            organizationId={organizationId}
            onCreated={(name) => {
              setCreated(name);
              refresh();
            }}
          />
          <p role="status" className="muted">
            {created ? `Role ${created} created.` : ''}
          </p>
        </Card>
      ) : (
        <p className="muted">Your role cannot create or delete roles; an owner or admin can.</p>
      )}
    </>
  );
}
