import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsoleOverviewDocument, type ConsoleOverviewQuery } from '@steward/client';
import { EmptyState, Loading, STAGE_LABELS, StatusBadge, formatCount, formatDate, formatMs, formatPercent, formatUsd } from '../ui/common';
import { Layout, useTitle } from '../ui/layout';
import { FullRow, PageRows, PagedTable, type Column, type TablePage } from '../ui/paged-table';
import { LiveBudgetAlerts, LiveUsage } from './overview-live';

const PAGE_SIZE = 20;
const figure = (label: string): Column => ({ label, className: 'number' });
const PROJECT_COLUMNS: Column[] = ['Project', 'Production version', 'Gate', figure('Requests (month)'), figure('Cost (month)'), figure('p95'), figure('Errors')];
/** This calendar month, in UTC (the period budgets and costs are read for). */
const periodStart = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
};

type Organization = NonNullable<ConsoleOverviewQuery['organization']>;
type ProjectNode = NonNullable<Organization['projects']>['edges'][number]['node'];
type Budgets = ConsoleOverviewQuery['budgets'];

function ProjectRow({ organizationId, project }: { organizationId: string; project: ProjectNode }) {
  const version = project.currentVersion;
  const failing = version?.gate.conditions.filter((condition) => condition.status !== 'PASSED') ?? [];
  return (
    <tr>
      <th scope="row">
        <Link href={`/orgs/${organizationId}/projects/${project.id}`}>{project.name}</Link>
      </th>
      <td>{version ? `v${version.number} ${version.name} (${STAGE_LABELS[version.stage] ?? version.stage})` : 'No version in production'}</td>
      <td>
        {version ? <StatusBadge status={version.gate.status} /> : '—'}
        {failing.length > 0 ? (
          <ul className="conditions">
            {failing.map((condition) => (
              <li key={condition.metric}>
                {condition.metric} {condition.actualValue ?? 'no data'} (needs {condition.operator.toLowerCase().replace(/_/g, ' ')} {condition.threshold})
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td className="number">{formatCount(project.usage?.requests)}</td>
      <td className="number">{formatUsd(project.usage?.costUsd)}</td>
      <td className="number">{formatMs(project.usage?.latencyP95Ms)}</td>
      <td className="number">{formatPercent(project.usage?.errorRate)}</td>
    </tr>
  );
}

/** One page of projects; the last page offers the next. */
function ProjectsPage({ organizationId, onLoaded, ...page }: { organizationId: string; onLoaded?: (organization: Organization, budgets: Budgets) => void } & TablePage) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleOverviewDocument, variables: { organizationId, first: PAGE_SIZE, after: page.after, periodStart: periodStart() } });
  const organization = data?.organization;
  useEffect(() => {
    if (data?.organization && onLoaded) onLoaded(data.organization, data.budgets);
  }, [data]);
  // The graph answers `projects: null` to a role that may see the organization but not list its projects.
  if (!error && organization && !organization.projects) return <FullRow columns={page.columns}><EmptyState title="Your role cannot list this organization's projects." /></FullRow>;
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={organization?.projects}
      row={(project) => <ProjectRow organizationId={organizationId} project={project} />}
      empty={<EmptyState title="No projects yet.">Create one with the <code>createProject</code> mutation in the IDE, then record its versions and usage.</EmptyState>}
    />
  );
}

/** Over, running out on a date at the current rate, or not expected to run out. */
function budgetOutlook(budget: Budgets['edges'][number]['node']): string {
  if (budget.utilization >= 1) return `Over budget (${formatPercent(budget.utilization)} used)`;
  if (budget.forecast?.exhaustsAt) return `${formatPercent(budget.utilization)} used; runs out ${formatDate(budget.forecast.exhaustsAt)} at the current rate`;
  return `${formatPercent(budget.utilization)} used; not expected to run out this period`;
}

function BudgetList({ budgets }: { budgets: Budgets }) {
  if (budgets.edges.length === 0) return <EmptyState title="No budgets.">Add one with <code>createBudget</code> to be alerted before spend runs over.</EmptyState>;
  return (
    <ul className="budgets">
      {budgets.edges.map(({ node }) => (
        <li key={node.id}>
          <strong>{node.name}</strong> ({node.period.toLowerCase()}): {formatUsd(node.spentUsd)} of {formatUsd(node.limitUsd)}
          <meter min={0} max={1} value={Math.min(node.utilization, 1)} aria-label={`${node.name} used`} />
          <span className={node.utilization >= 1 ? 'forecast over' : 'forecast'}>{budgetOutlook(node)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The organization's overview: usage live, budgets and alerts, and every project with its production version and gate. */
export function Overview({ organizationId }: { organizationId: string }) {
  const [head, setHead] = useState<{ organization: Organization; budgets: Budgets } | null>(null);
  useTitle(head ? `${head.organization.name} overview` : 'Overview');
  return (
    <Layout organizationId={organizationId}>
      <h1>{head?.organization.name ?? 'Overview'}</h1>
      {head ? <p className="subtitle">{formatCount(head.organization.memberCount)} members</p> : null}
      <LiveBudgetAlerts organizationId={organizationId} />
      <LiveUsage organizationId={organizationId} />
      <section aria-labelledby="budgets-heading" className="card">
        <h2 id="budgets-heading">Budgets this period</h2>
        {head ? <BudgetList budgets={head.budgets} /> : <Loading />}
      </section>
      <section aria-labelledby="projects-heading" className="card">
        <h2 id="projects-heading">Projects</h2>
        <PagedTable columns={PROJECT_COLUMNS}>
          {(page) => <ProjectsPage organizationId={organizationId} onLoaded={page.after === null ? (organization, budgets) => setHead({ organization, budgets }) : undefined} {...page} />}
        </PagedTable>
      </section>
    </Layout>
  );
}
