import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ConsoleAnalysisSessionsDocument, type ConsoleAnalysisSessionFragment, type ConsoleAnalysisSessionsQuery } from '@steward/client';
import { EmptyState } from '../../ui/common';
import { Layout, useTitle } from '../../ui/layout';
import { PageRows, PagedTable, type TablePage } from '../../ui/paged-table';
import { SessionDetail } from './session-detail';
import { SessionRow } from './session-row';
import { useViewerMay } from './viewer-permissions';
import './analysis.css';

const PAGE_SIZE = 20;

type Project = ConsoleAnalysisSessionsQuery['project'];
/** The session whose tasks and findings are shown, with its latest known status. */
export type ChosenSession = Pick<ConsoleAnalysisSessionFragment, 'id' | 'createdAt' | 'status'>;

interface SessionsPageProps extends TablePage {
  projectId: string;
  chosenId: string | null;
  onChoose: (session: ChosenSession) => void;
  onLoaded?: (project: Project, first: ConsoleAnalysisSessionFragment | undefined) => void;
}

/** One page of sessions, newest first; the last page offers the next. */
function SessionsPage({ projectId, chosenId, onChoose, onLoaded, ...page }: SessionsPageProps) {
  const [{ data, fetching, error }] = useQuery({ query: ConsoleAnalysisSessionsDocument, variables: { projectId, first: PAGE_SIZE, after: page.after } });
  useEffect(() => {
    if (data && onLoaded) onLoaded(data.project, data.analysisSessions.edges[0]?.node);
  }, [data]);
  return (
    <PageRows
      {...page}
      error={error}
      fetching={fetching}
      connection={data?.analysisSessions}
      row={(node) => (
        <SessionRow
          listed={node}
          chosen={node.id === chosenId}
          onChoose={() => onChoose(node)}
          // The chosen session's detail refreshes when its live status moves on.
          onChange={(session) => session.id === chosenId && onChoose(session)}
        />
      )}
      empty={<EmptyState title="No analyses of this project yet.">Upload a source archive or a SARIF, JUnit or coverage report with <code>createAnalysisUpload</code>, then start one with <code>startAnalysis</code> (or let a connected repository start them on pull requests).</EmptyState>}
    />
  );
}

/** A project's analysis sessions (live while they run) and, for the chosen one, its tasks and findings. */
export function AnalysisPage({ organizationId, projectId }: { organizationId: string; projectId: string }) {
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
        <PagedTable columns={['Started', 'Status', 'Kinds', { label: 'Duration', className: 'number' }, 'Findings', 'Tasks', 'Details']}>
          {(page) => (
            <SessionsPage
              projectId={projectId}
              chosenId={chosen?.id ?? null}
              onChoose={(session) => setChosen({ id: session.id, createdAt: session.createdAt, status: session.status })}
              // The first page names the project and the newest session.
              onLoaded={page.after === null ? onLoaded : undefined}
              {...page}
            />
          )}
        </PagedTable>
      </section>
      {chosen ? <SessionDetail key={chosen.id} session={chosen} mayRun={mayRun} /> : null}
    </Layout>
  );
}
