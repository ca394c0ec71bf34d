import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ConsoleProjectVersionsDocument, type ConsoleProjectVersionsQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading, STAGE_LABELS, StatusBadge, formatDateTime } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { CursorPageList, type CursorPage } from '../../ui/paged-table';
import { GateConditions, VersionFigures } from './version-facts';
import { VersionActions } from './version-actions';

const PAGE_SIZE = 10;

export type TimelineVersion = NonNullable<ConsoleProjectVersionsQuery['project']>['versions']['edges'][number]['node'];

/** The stage in words and its code, so the lifecycle reads the same as in the API (V1 Candidate …). */
export const stageText = (stage: string) => `${stage} ${STAGE_LABELS[stage] ?? ''}`.trim();

/** What the timeline needs from the page around it. */
export interface TimelineContext {
  projectId: string;
  /** The retired version a rollback would bring back, when the viewer may roll back. */
  rollbackTargetId: string | null;
  /** Bumped after a stage change: every loaded page asks the graph again. */
  refresh: number;
  onChanged: () => void;
  onLoaded: (versions: TimelineVersion[]) => void;
}

function VersionItem({ version, context }: { version: TimelineVersion; context: TimelineContext }) {
  const headingId = `version-${version.id}`;
  const explain = version.gate.status === 'FAILED' || version.gate.status === 'WARN';
  return (
    <li className={`version stage-${version.stage.toLowerCase()}`} aria-labelledby={headingId} data-version-id={version.id}>
      <div className="version-head">
        <h3 id={headingId}>
          v{version.number} {version.name}
        </h3>
        <span className="stage" data-stage={version.stage}>
          {stageText(version.stage)}
        </span>
      </div>
      <p className="hint">
        Created {formatDateTime(version.createdAt)}; stage since {formatDateTime(version.stageChangedAt)}. Gate: <StatusBadge status={version.gate.status} />
      </p>
      {explain ? (
        <GateConditions gate={version.gate} caption={`Quality gate of v${version.number} ${version.name}`} />
      ) : (
        <details>
          <summary>Gate conditions</summary>
          <GateConditions gate={version.gate} caption={`Quality gate of v${version.number} ${version.name}`} />
        </details>
      )}
      <VersionFigures version={version} />
      <VersionActions projectId={context.projectId} version={version} canRollback={context.rollbackTargetId === version.id} onChanged={context.onChanged} />
    </li>
  );
}

/** One page of versions, newest first; the last page offers the next. */
function VersionsPage({ after, isLast, onMore, context }: CursorPage & { context: TimelineContext }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleProjectVersionsDocument, variables: { projectId: context.projectId, first: PAGE_SIZE, after } });
  useEffect(() => {
    if (context.refresh > 0) reexecute({ requestPolicy: 'network-only' });
  }, [context.refresh]);
  const versions = data?.project?.versions;
  useEffect(() => {
    if (versions) context.onLoaded(versions.edges.map((edge) => edge.node));
  }, [versions]);
  if (error) return <ErrorMessage error={error} />;
  if (!versions) return fetching ? <Loading /> : null;
  if (after === null && versions.edges.length === 0) {
    return <EmptyState title="No versions yet.">Create the first candidate with the <code>createVersion</code> mutation in the IDE; it appears here as V1 Candidate.</EmptyState>;
  }
  return (
    <>
      <ol className="timeline">
        {versions.edges.map(({ node }) => (
          <VersionItem key={node.id} version={node} context={context} />
        ))}
      </ol>
      {isLast ? <LoadMore hasNextPage={versions.pageInfo.hasNextPage} fetching={fetching} onMore={() => onMore(versions.pageInfo.endCursor!)} /> : null}
    </>
  );
}

/** Every version of the project, newest first, paged by the graph's cursors. */
export function VersionsTimeline({ context }: { context: TimelineContext }) {
  return <CursorPageList>{(page) => <VersionsPage {...page} context={context} />}</CursorPageList>;
}
