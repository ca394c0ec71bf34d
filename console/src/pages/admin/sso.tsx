import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { CreateOidcConnectionDocument, DeleteSsoConnectionDocument, SsoConnectionsDocument, type SsoConnectionsQuery } from '@steward/client';
import { EmptyState, Loading, formatDate } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Card, ConfirmButton, type SectionProps } from './admin-common';

type Connection = SsoConnectionsQuery['ssoConnections'][number];

/** Domains typed as a list separated by commas, spaces or new lines. */
const splitDomains = (text: string) => text.split(/[\s,]+/).map((domain) => domain.trim()).filter(Boolean);

/** An OIDC connection: the provider's issuer, the client registered there and the email domains it signs in. */
function CreateOidcForm({ organizationId, onCreated }: { organizationId: string; onCreated: () => void }) {
  const [fields, setFields] = useState({ name: '', issuerUrl: '', clientId: '', clientSecret: '', domains: '' });
  const [result, create] = useMutation(CreateOidcConnectionDocument);
  const field = (key: keyof typeof fields) => ({ value: fields[key], onChange: (event: { target: { value: string } }) => setFields((current) => ({ ...current, [key]: event.target.value })) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { organizationId, name: fields.name.trim(), issuerUrl: fields.issuerUrl.trim(), clientId: fields.clientId.trim(), clientSecret: fields.clientSecret, allowedDomains: splitDomains(fields.domains) };
    const outcome = await create({ input });
    if (outcome.data?.createOidcConnection) {
      setFields({ name: '', issuerUrl: '', clientId: '', clientSecret: '', domains: '' });
      onCreated();
    }
  };
  return (
    <form className="admin-form sso-form" onSubmit={submit}>
      <label>
        Name
        <input required maxLength={100} {...field('name')} placeholder="e.g. Company login" />
      </label>
      <label>
        Issuer URL
        <input required type="url" {...field('issuerUrl')} placeholder="https://login.example.com" />
      </label>
      <label>
        Client id
        <input required autoComplete="off" {...field('clientId')} />
      </label>
      <label>
        Client secret
        <input required type="password" autoComplete="new-password" {...field('clientSecret')} />
      </label>
      <label>
        Email domains (separated by commas)
        <input required {...field('domains')} placeholder="example.com, example.org" />
      </label>
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Creating…' : 'Create OIDC connection'}
      </button>
      <ErrorMessage error={result.error} title="The connection was not created." />
    </form>
  );
}

/** What identifies the provider: issuer and client for OIDC, entity id and sign-on URL for SAML. */
function ProviderDetails({ connection }: { connection: Connection }) {
  if (connection.protocol === 'OIDC') {
    return (
      <dl className="details">
        <dt>Issuer</dt>
        <dd>{connection.issuerUrl ?? '—'}</dd>
        <dt>Client id</dt>
        <dd>{connection.clientId ?? '—'}</dd>
        <dt>Client secret</dt>
        <dd>{connection.hasClientSecret ? 'Stored (never shown)' : 'Missing'}</dd>
      </dl>
    );
  }
  return (
    <dl className="details">
      <dt>Entity id</dt>
      <dd>{connection.entityId ?? '—'}</dd>
      <dt>Sign-on URL</dt>
      <dd>{connection.ssoUrl ?? '—'}</dd>
      <dt>Certificate expires</dt>
      <dd>{formatDate(connection.certificateExpiresAt)}</dd>
    </dl>
  );
}

function ConnectionRow({ organizationId, connection, onChanged }: { organizationId: string; connection: Connection; onChanged: () => void }) {
  const [deleting, remove] = useMutation(DeleteSsoConnectionDocument);
  const name = connection.name ?? 'Unnamed connection';
  const onDelete = async () => {
    const result = await remove({ organizationId, connectionId: connection.id });
    if (!result.error) onChanged();
  };
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{connection.protocol ?? '—'}</td>
      <td>{(connection.allowedDomains ?? []).join(', ') || '—'}</td>
      <td>
        <ProviderDetails connection={connection} />
      </td>
      <td>{formatDate(connection.createdAt)}</td>
      <td>
        <ConfirmButton label={`Delete ${name}`} question={`Delete ${name}? Its users can no longer sign in through it.`} confirmLabel="Yes, delete" busy={deleting.fetching} onConfirm={onDelete} />
        <ErrorMessage error={deleting.error} title="The connection was not deleted." />
      </td>
    </tr>
  );
}

/** The organization's OIDC and SAML connections, and the form that adds an OIDC one (owners: `sso:manage`). */
export function SsoSection({ organizationId, organization }: SectionProps) {
  const canManage = organization.viewerCanManageSso;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SsoConnectionsDocument, variables: { organizationId }, pause: !canManage });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (!canManage) return <EmptyState title="Your role cannot see or configure single sign-on.">An owner of {organization.name} can set it up.</EmptyState>;
  return (
    <>
      <Card id="connections-heading" title="Connections">
        <ErrorMessage error={error} />
        {!data && fetching ? <Loading /> : null}
        {data && data.ssoConnections.length === 0 ? <EmptyState title="No single sign-on connections.">Add your identity provider with the OIDC form below.</EmptyState> : null}
        {data && data.ssoConnections.length > 0 ? (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Protocol</th>
                  <th scope="col">Domains</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.ssoConnections.map((connection) => (
                  <ConnectionRow key={connection.id} organizationId={organizationId} connection={connection} onChanged={refresh} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
      <Card id="create-oidc-heading" title="Add an OIDC connection">
        <CreateOidcForm organizationId={organizationId} onCreated={refresh} />
      </Card>
    </>
  );
}
