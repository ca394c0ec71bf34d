import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsoleProjectDocument, ConsoleRollbackCandidatesDocument, type ConsoleProjectQuery, type ConsoleRollbackCandidatesQuery } from '@steward/client';
import { EmptyState, Loading, StatusBadge, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Layout, useTitle } from '../../ui/layout';
import { CompareChooser, type VersionChoice } from './compare-chooser';
import { GateConditions, VersionFigures } from './version-facts';
import { VersionsTimeline, stageText, type TimelineVersion } from './versions-timeline';
import './project.css';

type Project = NonNullable<ConsoleProjectQuery['project']>;

/**
 * The version `rollbackVersion` would bring back: the retired version that left production last. A
 * version reaches V3 only from V1 or V2 and never goes back to V1, so for one that was ever in
 * production its `stageChangedAt` is when it left production.
 */
function rollbackTarget(data: ConsoleRollbackCandidatesQuery | undefined): string | null {
  const retired = data?.project?.versions.edges.map((edge) => edge.node) ?? [];
  const fromProduction = retired.filter((version) => version.history.edges.some((edge) => edge.node.to === 'V2'));
  fromProduction.sort((a, b) => Date.parse(b.stageChangedAt) - Date.parse(a.stageChangedAt));
  return fromProduction[0]?.id ?? null;
}

function CurrentVersion({ project }: { project: Project }) {
  const version = project.currentVersion;
  if (!version) return <EmptyState title="No version in production.">Promote a candidate below once its quality gate passes.</EmptyState>;
  return (
    <div className="current-version" data-version-id={version.id}>
      <p>
        <strong>
          v{version.number} {version.name}
        </strong>{' '}
        <span className="stage" data-stage={version.stage}>
          {stageText(version.stage)}
        </span>{' '}
        since {formatDateTime(version.stageChangedAt)}. Gate: <StatusBadge status={version.gate.status} />
      </p>
      <GateConditions gate={version.gate} caption={`Quality gate of the production version v${version.number}`} />
      <VersionFigures version={version} />
    </div>
  );
}

/** A project: what runs in production, every version's lifecycle and gate, and the stage changes the viewer may make. */
export function ProjectPage({ organizationId, projectId }: { organizationId: string; projectId: string }) {
  const [{ data, fetching, error }, reexecuteProject] = useQuery({ query: ConsoleProjectDocument, variables: { projectId } });
  const [candidates, reexecuteCandidates] = useQuery({ query: ConsoleRollbackCandidatesDocument, variables: { projectId } });
  const [refresh, setRefresh] = useState(0);
  const [loaded, setLoaded] = useState<Map<string, VersionChoice>>(new Map());
  const project = data?.project;
  useTitle(project ? `${project.name} · project` : 'Project');

  useEffect(() => {
    if (refresh === 0) return;
    reexecuteProject({ requestPolicy: 'network-only' });
    reexecuteCandidates({ requestPolicy: 'network-only' });
  }, [refresh]);

  const onChanged = useCallback(() => setRefresh((value) => value + 1), []);
  const onLoaded = useCallback((versions: TimelineVersion[]) => {
    setLoaded((current) => {
      const next = new Map(current);
      for (const version of versions) next.set(version.id, { id: version.id, number: version.number, name: version.name, stage: version.stage });
      return next;
    });
  }, []);
  const choices = useMemo(() => [...loaded.values()].sort((a, b) => b.number - a.number), [loaded]);
  // Rolling back needs the project-wide permission (the same that promotes and retires).
  const rollbackTargetId = project?.viewerCanPromote ? rollbackTarget(candidates.data) : null;

  if (error) {
    return (
      <Layout organizationId={organizationId}>
        <h1>Project</h1>
        <ErrorMessage error={error} />
      </Layout>
    );
  }
  if (!project) {
    return (
      <Layout organizationId={organizationId}>
        <h1>Project</h1>
        {fetching ? <Loading /> : <EmptyState title="This project was not found.">Go back to the <Link href={`/orgs/${organizationId}`}>overview</Link> and pick one from the list.</EmptyState>}
      </Layout>
    );
  }
  return (
    <Layout organizationId={organizationId}>
      <div>
        <h1>{project.name}</h1>
        <p className="subtitle">{project.description || 'No description.'}</p>
        <p>
          <Link href={`/orgs/${organizationId}/projects/${projectId}/analysis`}>Analysis</Link>
        </p>
        {project.archived ? <p className="hint">This project is archived: its versions cannot change stage until it is unarchived.</p> : null}
      </div>
      <section aria-labelledby="production-heading" className="card">
        <h2 id="production-heading">In production</h2>
        <CurrentVersion project={project} />
      </section>
      <section aria-labelledby="compare-heading" className="card">
        <h2 id="compare-heading">Compare two versions</h2>
        <CompareChooser organizationId={organizationId} projectId={projectId} versions={choices} />
      </section>
      <section aria-labelledby="versions-heading" className="card">
        <h2 id="versions-heading">Versions</h2>
        <p className="hint">Newest first. Each goes from V1 Candidate to V2 Production to V3 Retired; a retired version that was in production can be rolled back to.</p>
        <ErrorMessage error={candidates.error} title="Could not work out the rollback target." />
        <VersionsTimeline context={{ projectId, rollbackTargetId, refresh, onChanged, onLoaded }} />
      </section>
    </Layout>
  );
}
