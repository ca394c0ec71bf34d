import { commitOf } from './fake-github-contents.js';
import type { FakeCheckRun, FakeGitHubState, GitHubCall } from './fake-github-model.js';
import { DOCS, checkRunJson, githubError } from './fake-github-replies.js';
import type { FakeReply } from './fake-http.js';

// The fake GitHub's check-run routes: a run is created, read back and updated, its annotations appended 50 at a time at most.

/** POST check-runs — a run on a seeded commit. */
export function createCheckRun(state: FakeGitHubState, { repository, body }: GitHubCall): FakeReply {
  if (typeof body.name !== 'string' || typeof body.head_sha !== 'string') return githubError(422, 'Invalid request. "name" and "head_sha" are required.');
  if (!commitOf(repository, body.head_sha)) return githubError(422, 'No commit found for SHA: ' + body.head_sha);
  const run: FakeCheckRun = { id: state.nextId++, repository: repository.fullName, name: body.name, head_sha: body.head_sha, status: 'queued', conclusion: null, title: null, summary: null, annotations: [] };
  const refused = applyCheckRun(run, body);
  if (refused) return refused;
  state.checkRuns.set(run.id, run);
  return { status: 201, body: checkRunJson(run) };
}

/** GET check-runs/: — a run as stored. */
export function getCheckRun(state: FakeGitHubState, { repository, params }: GitHubCall): FakeReply {
  const run = state.checkRuns.get(Number(params[0]));
  if (!run || run.repository !== repository.fullName) return githubError(404, 'Not Found');
  return { status: 200, body: checkRunJson(run) };
}

/** PATCH check-runs/: — a run's new state and output. */
export function updateCheckRun(state: FakeGitHubState, { repository, body, params }: GitHubCall): FakeReply {
  const run = state.checkRuns.get(Number(params[0]));
  if (!run || run.repository !== repository.fullName) return githubError(404, 'Not Found');
  const refused = applyCheckRun(run, body);
  return refused ?? { status: 200, body: checkRunJson(run) };
}

function applyCheckRun(run: FakeCheckRun, body: Record<string, unknown>): FakeReply | null {
  const output = (typeof body.output === 'object' && body.output !== null ? body.output : null) as Record<string, unknown> | null;
  const annotations = Array.isArray(output?.annotations) ? (output.annotations as Record<string, unknown>[]) : [];
  if (annotations.length > 50) {
    return { status: 422, body: { message: 'Invalid request. Only 50 annotations may be sent at a time.', documentation_url: DOCS, status: '422' } };
  }
  if (output && (typeof output.title !== 'string' || typeof output.summary !== 'string')) {
    return { status: 422, body: { message: 'Invalid request. "title" and "summary" are required in output.', documentation_url: DOCS, status: '422' } };
  }
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (output) {
    run.title = output.title as string;
    run.summary = output.summary as string;
    // GitHub appends the annotations of every request to the run.
    run.annotations.push(...annotations);
  }
  return null;
}
