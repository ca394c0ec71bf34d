import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeysQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Card, ConfirmButton, PAGE_SIZE, RoleSelect, useCursorPages, type SectionProps } from './admin-common';
import { NewSecretPanel } from './api-key-secret';

type ApiKey = ApiKeysQuery['apiKeys']['edges'][number]['node'];

const COLUMNS = 7;

/** A key's name and role; the secret it returns goes to the panel above the list, never into the list. */
function CreateKeyForm({ organizationId, organization, onCreated }: SectionProps & { onCreated: (name: string, secret: string) => void }) {
  const roles = organization.roles ?? [];
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState(roles.find((role) => role.builtIn === 'member')?.id ?? roles[0]?.id ?? '');
  const [result, create] = useMutation(CreateApiKeyDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await create({ input: { organizationId, name: name.trim(), roleId } });
    const created = outcome.data?.createApiKey;
    if (created) {
      onCreated(created.apiKey.name ?? name, created.secret);
      setName('');
    }
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <label>
        Key name
        <input required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. CI pipeline" />
      </label>
      <RoleSelect roles={roles} value={roleId} label="Role the key acts with" onChange={setRoleId} visibleLabel />
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Creating…' : 'Create API key'}
      </button>
      <ErrorMessage error={result.error} title="The API key was not created." />
    </form>
  );
}

/** A key's state in words (colour is never the only signal). */
function keyState(key: ApiKey): string {
  if (key.revokedAt) return `Revoked ${formatDateTime(key.revokedAt)}`;
  if (!key.active) return `Expired ${formatDateTime(key.expiresAt)}`;
  return key.expiresAt ? `Active until ${formatDateTime(key.expiresAt)}` : 'Active';
}

function KeyRow({ organizationId, apiKey, canManage, onChanged }: { organizationId: string; apiKey: ApiKey; canManage: boolean; onChanged: () => void }) {
  const [revoking, revoke] = useMutation(RevokeApiKeyDocument);
  const name = apiKey.name ?? 'Unnamed key';
  const onRevoke = async () => {
    const result = await revoke({ organizationId, apiKeyId: apiKey.id });
    if (!result.error) onChanged();
  };
  return (
    <tr className={apiKey.active ? undefined : 'inactive'}>
      <th scope="row">{name}</th>
      <td>{apiKey.role?.name ?? '—'}</td>
      <td>
        <code>{apiKey.secretPreview}…</code>
      </td>
      <td>{formatDateTime(apiKey.createdAt)}</td>
      <td>{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : 'Never'}</td>
      <td className="key-state">{keyState(apiKey)}</td>
      <td>
        {canManage && apiKey.active ? (
          <ConfirmButton label={`Revoke ${name}`} question={`Revoke ${name}? Anything using it stops working at once.`} confirmLabel="Yes, revoke" busy={revoking.fetching} onConfirm={onRevoke} />
        ) : (
          <span className="muted">—</span>
        )}
        <ErrorMessage error={revoking.error} title="The key was not revoked." />
      </td>
    </tr>
  );
}

/** One page of keys; the last page offers the next. */
function KeysPage({ organizationId, canManage, after, isLast, onMore }: { organizationId: string; canManage: boolean; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiKeysDocument, variables: { organizationId, first: PAGE_SIZE, after } });
  if (error) return <tr><td colSpan={COLUMNS}><ErrorMessage error={error} title="The API keys could not be listed." /></td></tr>;
  if (!data) return fetching ? <tr><td colSpan={COLUMNS}><Loading /></td></tr> : null;
  const { edges, pageInfo } = data.apiKeys;
  return (
    <>
      {edges.map(({ node }) => (
        <KeyRow key={node.id} organizationId={organizationId} apiKey={node} canManage={canManage} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
      ))}
      {after === null && edges.length === 0 ? <tr><td colSpan={COLUMNS}><EmptyState title="No API keys yet.">Create one above for a script or CI job that calls Steward.</EmptyState></td></tr> : null}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <tr><td colSpan={COLUMNS}><LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} /></td></tr>
      ) : null}
    </>
  );
}

/**
 * The organization's API keys, newest first. The list is asked for whatever the viewer's role: the
 * graph answers FORBIDDEN without `apikey:manage`, and the page shows that answer as it is.
 */
export function ApiKeysSection(props: SectionProps) {
  const pages = useCursorPages();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const canManage = props.organization.viewerCanManageApiKeys;
  return (
    <>
      {created ? <NewSecretPanel name={created.name} secret={created.secret} onClose={() => setCreated(null)} /> : null}
      {canManage ? (
        <Card id="create-key-heading" title="Create an API key">
          <CreateKeyForm
            {...props}
            onCreated={(name, secret) => {
              setCreated({ name, secret });
              pages.restart();
            }}
          />
        </Card>
      ) : (
        <p className="muted">Your role cannot create or revoke API keys; an owner or admin can.</p>
      )}
      <Card id="keys-heading" title="Keys">
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {pages.cursors.map((after, index) => (
                <KeysPage key={`${pages.generation}-${after ?? 'first'}`} organizationId={props.organizationId} canManage={canManage} after={after} isLast={index === pages.cursors.length - 1} onMore={pages.more} />
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
