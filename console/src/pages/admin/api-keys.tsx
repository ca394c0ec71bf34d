import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument, type ApiKeysQuery } from '@steward/client';
import { EmptyState, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { PageRows, PagedTable, useCursorPages, type TablePage } from '../../ui/paged-table';
import { Card, ConfirmButton, PAGE_SIZE, RoleSelect, type SectionProps } from './admin-common';
import { NewSecretPanel } from './api-key-secret';

type ApiKey = ApiKeysQuery['apiKeys']['edges'][number]['node'];

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
function KeysPage({ organizationId, canManage, ...page }: { organizationId: string; canManage: boolean } & TablePage) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiKeysDocument, variables: { organizationId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      errorTitle="The API keys could not be listed."
      fetching={fetching}
      connection={data?.apiKeys}
      row={(apiKey) => <KeyRow organizationId={organizationId} apiKey={apiKey} canManage={canManage} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
      empty={<EmptyState title="No API keys yet.">Create one above for a script or CI job that calls Steward.</EmptyState>}
    />
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
        <PagedTable columns={['Name', 'Role', 'Prefix', 'Created', 'Last used', 'State', 'Actions']} pages={pages}>
          {(page) => <KeysPage organizationId={props.organizationId} canManage={canManage} {...page} />}
        </PagedTable>
      </Card>
    </>
  );
}
