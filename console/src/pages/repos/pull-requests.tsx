import { useQuery } from 'urql';
import { ConsolePullRequestsDocument, type ConsolePullRequestsQuery } from '@steward/client';
import { EmptyState, StatusBadge, formatDateTime } from '../../ui/common';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import type { ChosenRepository } from './repos-page';

const PAGE_SIZE = 20;

type PullRequestNode = ConsolePullRequestsQuery['pullRequests']['edges'][number]['node'];

/** The review Steward left on the pull request: the published review and its check run's verdict. */
function reviewText(pullRequest: PullRequestNode): string {
  const check = pullRequest.checkRuns.edges[0]?.node;
  if (!pullRequest.reviewPublishedAt && !check) return 'Not reviewed yet';
  const published = pullRequest.reviewPublishedAt ? `Review published ${formatDateTime(pullRequest.reviewPublishedAt)}` : 'No review published';
  if (!check) return published;
  const verdict = check.status === 'COMPLETED' ? `check ${check.conclusion.toLowerCase()}` : 'check queued';
  return `${published}; ${verdict}`;
}

function PullRequestRow({ pullRequest }: { pullRequest: PullRequestNode }) {
  const title = `#${pullRequest.number} ${pullRequest.title}`;
  return (
    <tr data-pull-request={pullRequest.number}>
      <th scope="row" className="pr-title">
        {pullRequest.webUrl ? (
          <a href={pullRequest.webUrl} rel="noreferrer" target="_blank">
            {title}
          </a>
        ) : (
          title
        )}
        {pullRequest.draft ? ' (draft)' : ''}
      </th>
      <td>{pullRequest.authorLogin}</td>
      <td>
        <StatusBadge status={pullRequest.state} />
      </td>
      <td>{reviewText(pullRequest)}</td>
      <td>{formatDateTime(pullRequest.updatedAt)}</td>
    </tr>
  );
}

/** One page of pull requests; the last page offers the next. */
function PullRequestsPage({ repositoryId, ...page }: { repositoryId: string } & TablePage) {
  const [{ data, fetching, error }] = useQuery({ query: ConsolePullRequestsDocument, variables: { repositoryId, first: PAGE_SIZE, after: page.after } });
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.pullRequests}
      row={(pullRequest) => <PullRequestRow pullRequest={pullRequest} />}
      empty={<EmptyState title="No pull requests yet.">They appear when the repository's webhook delivers its first pull request event.</EmptyState>}
    />
  );
}

/** The pull requests of one repository, with the state of their review. */
export function PullRequests({ repository }: { repository: ChosenRepository }) {
  return (
    <section aria-labelledby="pull-requests-heading" className="card repos-card">
      <h2 id="pull-requests-heading">Pull requests of {repository.fullName}</h2>
      <PagedTable columns={['Pull request', 'Author', 'State', 'Review', 'Updated']}>{(page) => <PullRequestsPage repositoryId={repository.id} {...page} />}</PagedTable>
    </section>
  );
}
