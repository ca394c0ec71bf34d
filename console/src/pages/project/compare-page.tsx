import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { ConsoleCompareVersionsDocument, ConsoleVersionChoicesDocument } from '@steward/client';
import { EmptyState, LoadMore, Loading } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Layout, useTitle } from '../../ui/layout';
import { CursorPageList, type CursorPage } from '../../ui/paged-table';
import { VersionSelect, compareHref, type VersionChoice } from './compare-chooser';
import { BaselineComparison, ChangelogDiff, ConfigDiff, SideBySide } from './compare-sections';
import './project.css';

const PAGE_SIZE = 50;

/** One page of the versions offered in the selects; it renders only its Load more button. */
function ChoicesPage(props: CursorPage & { projectId: string; onLoaded: (choices: VersionChoice[], projectName: string | null) => void }) {
  const { projectId, after, isLast, onMore, onLoaded } = props;
  const [{ data, fetching, error }] = useQuery({ query: ConsoleVersionChoicesDocument, variables: { projectId, first: PAGE_SIZE, after } });
  const project = data?.project;
  useEffect(() => {
    if (project) onLoaded(project.versions.edges.map((edge) => edge.node), project.name);
  }, [project]);
  if (error) return <ErrorMessage error={error} />;
  if (!project || !isLast) return null;
  const { pageInfo } = project.versions;
  return <LoadMore hasNextPage={pageInfo.hasNextPage} fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} />;
}

/** The comparison of two different versions, once both are chosen. */
function Comparison({ fromId, toId, onLoaded }: { fromId: string; toId: string; onLoaded: (choices: VersionChoice[]) => void }) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleCompareVersionsDocument, variables: { fromId, toId } });
  // A version named in the address may be older than the pages of choices loaded so far: the selects must still show it.
  useEffect(() => {
    if (data?.compareVersions) onLoaded([data.compareVersions.from, data.compareVersions.to]);
  }, [data]);
  if (error) return <ErrorMessage error={error} title="The versions could not be compared." />;
  const comparison = data?.compareVersions;
  if (!comparison) return fetching ? <Loading label="Comparing…" /> : null;
  return (
    <>
      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading">Side by side</h2>
        <SideBySide comparison={comparison} />
      </section>
      <section aria-labelledby="config-heading" className="card">
        <h2 id="config-heading">Model configuration</h2>
        <ConfigDiff changes={comparison.modelConfig} />
      </section>
      <section aria-labelledby="changelog-heading" className="card">
        <h2 id="changelog-heading">Changelog</h2>
        <ChangelogDiff diff={comparison.changelog} />
      </section>
      <section aria-labelledby="baselines-heading" className="card">
        <h2 id="baselines-heading">Baselines and quality gate</h2>
        <p className="hint">
          Gate: {comparison.gate.from.toLowerCase().replace(/_/g, ' ')} → {comparison.gate.to.toLowerCase().replace(/_/g, ' ')}
        </p>
        <BaselineComparison baselines={comparison.baselines} />
      </section>
    </>
  );
}

/** Two versions of a project side by side; the versions come from `?from=<id>&to=<id>` and the two selects change them. */
export function ComparePage({ organizationId, projectId }: { organizationId: string; projectId: string }) {
  const search = new URLSearchParams(useSearch());
  const fromId = search.get('from') ?? '';
  const toId = search.get('to') ?? '';
  const [, navigate] = useLocation();
  const [choices, setChoices] = useState<Map<string, VersionChoice>>(new Map());
  const [projectName, setProjectName] = useState<string | null>(null);
  useTitle(projectName ? `Compare versions · ${projectName}` : 'Compare versions');

  const onLoaded = useCallback((loaded: VersionChoice[], name: string | null) => {
    if (name) setProjectName(name);
    setChoices((current) => {
      const next = new Map(current);
      for (const choice of loaded) next.set(choice.id, choice);
      return next;
    });
  }, []);
  const sorted = useMemo(() => [...choices.values()].sort((a, b) => b.number - a.number), [choices]);
  // The address is the state: changing a select replaces it, so the back button leaves the page.
  const choose = (side: 'from' | 'to', id: string) => navigate(compareHref(organizationId, projectId, side === 'from' ? id : fromId, side === 'to' ? id : toId), { replace: true });

  return (
    <Layout organizationId={organizationId}>
      <div>
        <h1>Compare versions</h1>
        <p className="subtitle">
          {projectName ? <Link href={`/orgs/${organizationId}/projects/${projectId}`}>Back to {projectName}</Link> : null}
        </p>
      </div>
      <section aria-labelledby="choose-heading" className="card">
        <h2 id="choose-heading">Versions</h2>
        <div className="compare-chooser">
          <VersionSelect label="From version" value={fromId} versions={sorted} onChange={(id) => choose('from', id)} />
          <VersionSelect label="To version" value={toId} versions={sorted} onChange={(id) => choose('to', id)} />
        </div>
        <CursorPageList>{(page) => <ChoicesPage {...page} projectId={projectId} onLoaded={onLoaded} />}</CursorPageList>
      </section>
      {!fromId || !toId ? (
        <EmptyState title="Choose two versions to compare.">Pick a version in each select above: the older one as From, the newer as To.</EmptyState>
      ) : fromId === toId ? (
        <EmptyState title="Both selects name the same version.">Choose a different version in one of them.</EmptyState>
      ) : (
        <Comparison fromId={fromId} toId={toId} onLoaded={(compared) => onLoaded(compared, null)} />
      )}
    </Layout>
  );
}
