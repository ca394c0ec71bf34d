import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsoleRepositoriesDocument, type ConsoleRepositoriesQuery } from '@steward/client';
import { EmptyState, StatusBadge, formatDateTime } from '../../ui/common';
import { Layout, useTitle } from '../../ui/layout';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { PullRequests } from './pull-requests';
import './repos.css';

const PAGE_SIZE = 20;
const PROVIDER_NAMES: Record<string, string> = { GITHUB: 'GitHub', GITLAB: 'GitLab' };

type RepositoryNode = ConsoleRepositoriesQuery['repositories']['edges'][number]['node'];
/** The repository whose pull requests are shown below the table. */
export interface ChosenRepository {
  id: string;
  fullName: string;
}

/** What the status means for the person, beyond the word itself. */
function statusNote(repository: RepositoryNode): string | null {
  if (repository.status === 'NEEDS_REAUTH') return 'The provider refused the stored token: give a new one with updateRepository.';
  if (repository.status === 'DISCONNECTED') return `Disconnected ${formatDateTime(repository.disconnectedAt)}.`;
  return null;
}

function RepositoryRow({ organizationId, repository, chosen, onChoose }: { organizationId: string; repository: RepositoryNode; chosen: boolean; onChoose: (repository: ChosenRepository) => void }) {
  const note = statusNote(repository);
  return (
    <tr data-repository-id={repository.id}>
      <th scope="row" className="repo-name">
        <a href={repository.webUrl} rel="noreferrer" target="_blank">
          {repository.fullName}
        </a>
      </th>
      <td>{PROVIDER_NAMES[repository.provider] ?? repository.provider}</td>
      <td>{repository.project ? <Link href={`/orgs/${organizationId}/projects/${repository.project.id}`}>{repository.project.name}</Link> : 'No project'}</td>
      <td className="repo-status">
        <StatusBadge status={repository.status} />
        {note ? <span className="status-note">{note}</span> : null}
      </td>
      <td>{repository.lastDeliveryAt ? formatDateTime(repository.lastDeliveryAt) : 'No webhook received yet'}</td>
      <td>
        <button type="button" className="secondary" aria-pressed={chosen} onClick={() => onChoose({ id: repository.id, fullName: repository.fullName })}>
          Pull requests<span className="visually-hidden"> of {repository.fullName}</span>
        </button>
      </td>
    </tr>
  );
}

/** One page of repositories; the last page offers the next. */
function RepositoriesPage({ organizationId, chosenId, onChoose, ...page }: { organizationId: string; chosenId: string | null; onChoose: (repository: ChosenRepository) => void } & TablePage) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleRepositoriesDocument, variables: { organizationId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.repositories}
      row={(repository) => <RepositoryRow organizationId={organizationId} repository={repository} chosen={repository.id === chosenId} onChoose={onChoose} />}
      empty={
        <EmptyState title="No repositories connected yet.">
          Connect a GitHub or GitLab repository with the <code>connectRepository</code> mutation in the IDE, then add the webhook URL and secret it returns to the repository (see “Webhooks” in the README). Its pull requests then appear here.
        </EmptyState>
      }
    />
  );
}

/** The organization's connected repositories, their state and, for a chosen one, its pull requests and their review. */
export function ReposPage({ organizationId }: { organizationId: string }) {
  useTitle('Repositories');
  const [chosen, setChosen] = useState<ChosenRepository | null>(null);
  return (
    <Layout organizationId={organizationId}>
      <h1>Repositories</h1>
      <p className="subtitle">Repositories connected to this organization; pull requests arrive through their webhooks.</p>
      <section aria-labelledby="repositories-heading" className="card repos-card">
        <h2 id="repositories-heading">Connected repositories</h2>
        <PagedTable columns={['Repository', 'Provider', 'Project', 'Status', 'Last webhook', 'Activity']}>
          {(page) => <RepositoriesPage organizationId={organizationId} chosenId={chosen?.id ?? null} onChoose={setChosen} {...page} />}
        </PagedTable>
      </section>
      {chosen ? <PullRequests key={chosen.id} repository={chosen} /> : null}
    </Layout>
  );
}
