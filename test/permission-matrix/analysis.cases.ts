import { randomUUID } from 'node:crypto';
import { op, world, type Case } from './world.js';

// The matrix's cases for analysis's mutations. The matrix's stack leaves analysis tasks unrun
// (ANALYSIS_PROCESS_TASKS=false), so a session it starts stays QUEUED and can always be cancelled.

const SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Matrix' } }, results: [] }] });

/** A SARIF upload of the world's project whose bytes have arrived. */
async function sarifUpload(): Promise<string> {
  const created = await world.asOwner('mutation($i: CreateAnalysisUploadInput!) { createAnalysisUpload(input: $i) { id uploadUrl } }', {
    i: { organizationId: world.org.id, projectId: world.project.id, kind: 'SARIF', fileName: 'matrix.sarif' },
  });
  const link = new URL(created.createAnalysisUpload.uploadUrl as string);
  const response = await fetch(new URL(link.pathname, world.stack.gatewayUrl), { method: 'PUT', body: SARIF });
  if (response.status !== 201) throw new Error(`Preparing failed: upload answered ${response.status}`);
  return created.createAnalysisUpload.id as string;
}

async function newSession(): Promise<string> {
  const started = await world.asOwner('mutation($i: StartAnalysisInput!) { startAnalysis(input: $i) { id } }', {
    i: { organizationId: world.org.id, projectId: world.project.id, reportUploadIds: [await sarifUpload()] },
  });
  return started.startAnalysis.id as string;
}

/** A finding of the world's project, written as an analysis would have (tasks do not run here). */
async function newFinding(status: 'OPEN' | 'IGNORED'): Promise<string> {
  const sessionId = await newSession();
  const id = randomUUID();
  await world.stack.database.query(
    `insert into analysis.findings (id, organization_id, project_id, fingerprint, rule, tool, severity, category, message, path, status, ignored_reason,
       first_seen_session_id, first_seen_at, last_seen_session_id, last_seen_at, updated_at)
     values ($1, $2, $3, $4, 'no-eval', 'eslint', 'CRITICAL', 'security', 'eval is evil', 'src/a.js', $5, $6, $7, now(), $7, now(), now())`,
    [id, world.org.id, world.project.id, randomUUID(), status, status === 'IGNORED' ? 'Matrix.' : null, sessionId],
  );
  return id;
}

export const ANALYSIS_MUTATIONS: Case[] = [
  {
    field: 'createAnalysisUpload',
    needs: ['analysis:run'],
    prepare: async () =>
      op('mutation($i: CreateAnalysisUploadInput!) { createAnalysisUpload(input: $i) { id } }', { i: { organizationId: world.org.id, projectId: world.project.id, kind: 'SARIF', fileName: 'a.sarif' } }),
  },
  {
    field: 'startAnalysis',
    needs: ['analysis:run'],
    prepare: async () => op('mutation($i: StartAnalysisInput!) { startAnalysis(input: $i) { id } }', { i: { organizationId: world.org.id, projectId: world.project.id, reportUploadIds: [await sarifUpload()] } }),
  },
  {
    field: 'cancelAnalysis',
    needs: ['analysis:run'],
    prepare: async () => op('mutation($id: ID!) { cancelAnalysis(sessionId: $id) { id } }', { id: await newSession() }),
  },
  {
    field: 'rerunAnalysis',
    needs: ['analysis:run'],
    prepare: async () => op('mutation($id: ID!) { rerunAnalysis(sessionId: $id) { id } }', { id: await newSession() }),
  },
  {
    field: 'ignoreFinding',
    needs: ['analysis:run'],
    prepare: async () => op('mutation($i: IgnoreFindingInput!) { ignoreFinding(input: $i) { id } }', { i: { findingId: await newFinding('OPEN'), reason: 'Accepted risk.' } }),
  },
  {
    field: 'reopenFinding',
    needs: ['analysis:run'],
    prepare: async () => op('mutation($id: ID!) { reopenFinding(findingId: $id) { id } }', { id: await newFinding('IGNORED') }),
  },
];
