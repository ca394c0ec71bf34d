import { useEffect, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsoleAnalysisSessionsDocument, type ConsoleAnalysisSessionFragment, type ConsoleAnalysisSessionsQuery } from '@steward/client';
import { EmptyState, LoadMore, Loading } from '../../ui/common';
import { ErrorMessage } from '../../ui/errors';
import { Layout, useTitle } from '../../ui/layout';
import { SessionDetail } from './session-detail';
import { SessionRow } from './session-row';
import { useViewerMay } from './viewer-permissions';
import './analysis.css';

const PAGE_SIZE = 20;
const COLUMNS = 7;

type Project = ConsoleAnalysisSessionsQuery['project'];
/** The session whose tasks and findings are shown, with its latest known status. */
export type ChosenSession = Pick<ConsoleAnalysisSessionFragment, 'id' | 'createdAt' | 'status'>;

interface PageProps {
  projectId: string;
  after: string | null;
  isLast: boolean;
  chosenId: string | null;
  onChoose: (session: ChosenSession) => void;
  onMore: (cursor: string) => void;
  onLoaded?: (project: Project, first: ConsoleAnalysisSessionFragment | undefined) => void;
}

/** One page of sessions, newest first; the last page offers the next. */
function SessionsPage({ projectId, after, isLast, chosenId, onChoose, onMore, onLoaded }: PageProps) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleAnalysisSessionsDocument, variables: { projectId, first: PAGE_SIZE, after } });
  useEffect(() => {
    if (data && onLoaded) onLoaded(data.project, data.analysisSessions.edges[0]?.node);
  }, [data]);
  const cell = (content: ReactNode) => <tr><td colSpan={COLUMNS}>{content}</td></tr>;
  if (error) return cell(<ErrorMessage error={error} />);
  if (!data) return fetching ? cell(<Loading />) : null;
  const { edges, pageInfo } = data.analysisSessions;
  return (
    <>
      {edges.map(({ node }) => (
        <SessionRow
          key={node.id}
          listed={node}
          chosen={node.id === chosenId}
          onChoose={() => onChoose(node)}
          // The chosen session's detail refreshes when its live status moves on.
          onChange={(session) => session.id === chosenId && onChoose(session)}
        />
      ))}
      {isLast && pageInfo.hasNextPage ? cell(<LoadMore hasNextPage fetching={fetching} onMore={() => onMore(pageInfo.endCursor!)} />) : null}
      {after === null && edges.length === 0 ? cell(<EmptyState title="No analyses of this project yet.">Upload a source archive or a SARIF, JUnit or coverage report with <code>createAnalysisUpload</code>, then start one with <code>startAnalysis</code> (or let a connected repository start them on pull requests).</EmptyState>) : null}
    </>
  );
}

/** A project's analysis sessions (live while they run) and, for the chosen one, its tasks and findings. */
export function AnalysisPage({ organizationId, projectId }: { organizationId: string; projectId: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [project, setProject] = useState<Project | undefined>(undefined);
  const [chosen, setChosen] = useState<ChosenSession | null>(null);
  const mayRun = useViewerMay(organizationId, 'analysis:run');
  useTitle(project ? `${project.name} · analysis` : 'Analysis');
  const onLoaded = (loaded: Project, first: ConsoleAnalysisSessionFragment | undefined) => {
    setProject(loaded);
    // The newest session is shown until the person chooses another.
    setChosen((current) => current ?? (first ? { id: first.id, createdAt: first.createdAt, status: first.status } : null));
  };
  return (
    <Layout organizationId={organizationId}>
      <h1>{project ? `Analysis of ${project.name}` : 'Analysis'}</h1>
      <p className="subtitle">
        Static, dynamic and imported analyses of the project. <Link href={`/orgs/${organizationId}/projects/${projectId}`}>Back to the project</Link>
      </p>
      <section aria-labelledby="sessions-heading" className="card analysis-card">
        <h2 id="sessions-heading">Sessions</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col">Kinds</th>
                <th scope="col" className="number">Duration</th>
                <th scope="col">Findings</th>
                <th scope="col">Tasks</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {cursors.map((after, index) => (
                <SessionsPage
                  key={after ?? 'first'}
                  projectId={projectId}
                  after={after}
                  isLast={index === cursors.length - 1}
                  chosenId={chosen?.id ?? null}
                  onChoose={(session) => setChosen({ id: session.id, createdAt: session.createdAt, status: session.status })}
                  onMore={(cursor) => setCursors((current) => [...current, cursor])}
                  onLoaded={index === 0 ? onLoaded : undefined}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {chosen ? <SessionDetail key={chosen.id} session={chosen} mayRun={mayRun} /> : null}
    </Layout>
  );
}
