import { useQuery } from 'urql';
import { AuditChainVerificationDocument, ConsoleAdminAuditEventsDocument, type ConsoleAdminAuditEventsQuery } from '@steward/client';
import { EmptyState, Loading, formatCount, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { Card, PAGE_SIZE, type SectionProps } from './admin-common';

type AuditEvent = ConsoleAdminAuditEventsQuery['organizationAuditEvents']['edges'][number]['node'];

function actorLabel(actor: AuditEvent['actor']): string {
  if (actor.kind === 'USER') return actor.user?.name ?? 'A user';
  if (actor.kind === 'API_KEY') return `API key ${actor.apiKeyId ?? ''}`.trim();
  return 'Steward';
}

/** A readable name for the changed object, from the fields the event kept of it (never secrets). */
function targetLabel(event: AuditEvent): string {
  for (const snapshot of [event.after, event.before]) {
    if (snapshot && typeof snapshot === 'object') {
      const fields = snapshot as Record<string, unknown>;
      const label = fields.name ?? fields.email;
      if (typeof label === 'string' && label) return `${event.targetType} “${label}”`;
    }
  }
  return `${event.targetType} ${event.targetId}`;
}

/** One page of events, newest first; the last page offers the next. */
function EventsPage({ organizationId, ...page }: { organizationId: string } & TablePage) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleAdminAuditEventsDocument, variables: { organizationId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.organizationAuditEvents}
      row={(event) => (
        <tr>
          <td>
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
          </td>
          <td>{actorLabel(event.actor)}</td>
          <th scope="row">
            <code>{event.action}</code>
          </th>
          <td>{targetLabel(event)}</td>
        </tr>
      )}
      empty={<EmptyState title="Nothing has happened yet.">Changes to members, roles, keys and settings appear here as they are made.</EmptyState>}
    />
  );
}

/**
 * The hash-chain check. The graph has one: `auditChainVerification`, over Steward's security trail
 * (sign-ins and account changes), for platform admins; the organization's own trail has no chain
 * check in the graph. Anyone else gets FORBIDDEN, shown as the answer it is.
 */
function ChainVerification() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AuditChainVerificationDocument });
  const result = data?.auditChainVerification;
  return (
    <Card id="chain-heading" title="Audit chain verification">
      <p className="muted">Steward recomputes the hash chain of its security audit trail (sign-ins and account changes) and reports the first missing or changed event. Platform admins only.</p>
      {error ? <ErrorMessage error={error} title="The chain could not be verified." /> : null}
      {!data && fetching ? <Loading label="Verifying the chain…" /> : null}
      {result ? (
        <p className={`chain-result ${result.intact ? 'chain-intact' : 'chain-broken'}`} data-testid="chain-result">
          <strong>{result.intact ? 'Intact' : 'Broken'}</strong>: {formatCount(result.checkedEvents)} events checked
          {result.intact ? '.' : `; the first problem is at event ${result.firstBrokenSequence ?? '?'}. ${result.problem ?? ''}`}
        </p>
      ) : null}
      <button type="button" className="secondary" disabled={fetching} onClick={() => reexecute({ requestPolicy: 'network-only' })}>
        {fetching ? 'Verifying…' : 'Verify again'}
      </button>
    </Card>
  );
}

/** The chain verification (a one-line summary, so it comes first) and the organization's audit trail, newest first. */
export function AuditSection({ organizationId, organization }: SectionProps) {
  return (
    <>
      <ChainVerification />
      {organization.viewerCanReadAuditEvents ? (
        <Card id="events-heading" title="Events">
          <PagedTable columns={['When', 'Actor', 'Action', 'Target']}>{(page) => <EventsPage organizationId={organizationId} {...page} />}</PagedTable>
        </Card>
      ) : (
        <EmptyState title="Your role cannot read the audit trail.">An owner or admin of {organization.name} can read it.</EmptyState>
      )}
    </>
  );
}
