import { createCheckRun, getCheckRun, updateCheckRun } from './fake-github-checks.js';
import { codeload, getCommit, getContents, getTree, redirectTarball } from './fake-github-contents.js';
import type { FakeGitHub, FakeGitHubOptions, FakeGitHubState, GitHubCall } from './fake-github-model.js';
import { createIssueComment, createReviewComment, listPullFiles, listReviewComments, updateIssueComment, updateReviewComment } from './fake-github-pulls.js';
import { DOCS, githubError } from './fake-github-replies.js';
import { startRecordingServer, type FakeHandler } from './fake-http.js';
import { routeOf } from './fake-routes.js';
export type { FailureMatch, FakeServerControls, RecordedRequest } from './fake-http.js';
export type {
  FakeCheckRun,
  FakeGitHub,
  FakeGitHubFile,
  FakeGitHubOptions,
  FakeGitHubPullRequest,
  FakeGitHubRepository,
  FakeIssueComment,
  FakeReviewComment,
} from './fake-github-model.js';

/**
 * Starts a fake GitHub REST API (v3, under `/api/v3` like GitHub Enterprise Server) that serves the
 * endpoints Steward uses: pull request files and review comments (listed a page at a time), issue comments, check runs,
 * commits (JSON or the `sha` media type), recursive trees, contents and tarballs (a redirect to a
 * one-time `/codeload/…` URL on the same server, which serves the tar.gz without the API token, as codeload does). It validates what GitHub
 * validates (a comment line must be in the diff, a range in one hunk, at most 50 annotations per
 * request) and answers with GitHub's status codes and error bodies. Ids increase from 1001.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghp_fake_token';
  const clock = options.clock ?? (() => new Date());
  const state: FakeGitHubState = {
    repositories: new Map(),
    reviewComments: new Map(),
    issueComments: new Map(),
    checkRuns: new Map(),
    downloads: new Map(),
    largeFileBytes: options.largeFileBytes ?? 1_000_000,
    treeEntryLimit: options.treeEntryLimit ?? 100_000,
    nextId: 1001,
    base: '',
    now: () => clock().toISOString(),
  };

  const handle: FakeHandler = (request, segments) => {
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}` && auth !== `bearer ${token}`) return githubError(401, 'Bad credentials');
    const [root, owner, name, ...rest] = segments;
    const repository = root === 'repos' && owner && name ? state.repositories.get(`${owner}/${name}`) : undefined;
    if (!repository) return githubError(404, 'Not Found');
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const route = routeOf(request.method, rest, GITHUB_ROUTES);
    if (!route) return githubError(404, 'Not Found');
    const call: GitHubCall = { request, repository, body, params: route.params };

    switch (route.name) {
      case 'GET pulls/:/files':
        return listPullFiles(state, call);
      case 'GET pulls/:/comments':
        return listReviewComments(state, call);
      case 'POST pulls/:/comments':
        return createReviewComment(state, call);
      case 'PATCH pulls/comments/:':
        return updateReviewComment(state, call);
      case 'POST issues/:/comments':
        return createIssueComment(state, call);
      case 'PATCH issues/comments/:':
        return updateIssueComment(state, call);
      case 'POST check-runs':
        return createCheckRun(state, call);
      case 'GET check-runs/:':
        return getCheckRun(state, call);
      case 'PATCH check-runs/:':
        return updateCheckRun(state, call);
      case 'GET commits/*':
        return getCommit(call);
      case 'GET git/trees/*':
        return getTree(state, call);
      case 'GET tarball/*':
        return redirectTarball(state, call);
      case 'GET contents/*':
        return getContents(state, call);
      default:
        return githubError(404, 'Not Found');
    }
  };

  const controls = await startRecordingServer(
    '/api/v3',
    handle,
    (status) => ({ message: status === 401 ? 'Bad credentials' : status >= 500 ? 'Server Error' : 'Error', documentation_url: DOCS, status: String(status) }),
    codeload(state),
  );
  state.base = controls.apiBaseUrl;
  for (const repository of options.repositories ?? []) state.repositories.set(repository.fullName, repository);
  return { ...controls, addRepository: (repository) => void state.repositories.set(repository.fullName, repository), reviewComments: state.reviewComments, issueComments: state.issueComments, checkRuns: state.checkRuns };
}

const GITHUB_ROUTES = [
  'GET pulls/:/files',
  'GET pulls/:/comments',
  'POST pulls/:/comments',
  'PATCH pulls/comments/:',
  'POST issues/:/comments',
  'PATCH issues/comments/:',
  'POST check-runs',
  'GET check-runs/:',
  'PATCH check-runs/:',
  'GET commits/*',
  'GET git/trees/*',
  'GET contents/*',
  'GET tarball/*',
];
