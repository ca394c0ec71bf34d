import type { FakeGitLab, FakeGitLabOptions, FakeGitLabState, GitLabCall } from './fake-gitlab-model.js';
import {
  createDiscussion,
  createNote,
  editDiscussionNote,
  editNote,
  getChanges,
  getMergeRequest,
  listDiffs,
  listDiscussions,
  resolveDiscussion,
} from './fake-gitlab-merge-requests.js';
import { gitlabError } from './fake-gitlab-replies.js';
import { createStatus, getArchive, getCommit, getFile, getTree } from './fake-gitlab-repository.js';
import { startRecordingServer, type FakeHandler } from './fake-http.js';
import { routeOf } from './fake-routes.js';

export type { FailureMatch, FakeServerControls, RecordedRequest } from './fake-http.js';
export type {
  FakeGitLab,
  FakeGitLabDiff,
  FakeGitLabDiscussion,
  FakeGitLabMergeRequest,
  FakeGitLabMergeRequestNote,
  FakeGitLabNote,
  FakeGitLabOptions,
  FakeGitLabProject,
  FakeGitLabStatus,
} from './fake-gitlab-model.js';

const GITLAB_ROUTES = [
  'GET merge_requests/:',
  'GET merge_requests/:/diffs',
  'GET merge_requests/:/changes',
  'GET merge_requests/:/discussions',
  'POST merge_requests/:/discussions',
  'PUT merge_requests/:/discussions/:',
  'PUT merge_requests/:/discussions/:/notes/:',
  'POST merge_requests/:/notes',
  'PUT merge_requests/:/notes/:',
  'POST statuses/:',
  'GET repository/commits/*',
  'GET repository/tree',
  'GET repository/files/*',
  'GET repository/archive.tar.gz',
];

/**
 * Starts a fake GitLab REST API (v4, under `/api/v4` like a self-managed instance) that serves the
 * endpoints Steward uses: merge request, its diffs (or legacy changes), discussions with diff
 * positions (created, edited and listed a page at a time), notes, resolving, commit statuses, commits, the repository tree (keyset pagination with
 * `Link` headers), files and archives (tar.gz). Bodies may be JSON or form fields. It validates what GitLab validates
 * (a position must name the diff refs and a line of the diff, with both numbers for an unchanged line
 * and correct line codes in a range; a status description is at most 255 characters) and answers
 * with GitLab's status codes and error bodies. Ids increase from 501.
 */
export async function startFakeGitLab(options: FakeGitLabOptions = {}): Promise<FakeGitLab> {
  const token = options.token ?? 'glpat-fake-token';
  const clock = options.clock ?? (() => new Date());
  const state: FakeGitLabState = {
    projects: new Map(),
    discussions: new Map(),
    notes: new Map(),
    statuses: [],
    diffsEndpoint: options.diffsEndpoint ?? true,
    nextId: 501,
    base: '',
    now: () => clock().toISOString(),
  };

  const handle: FakeHandler = async (request, segments) => {
    if (request.headers['private-token'] !== token && request.headers.authorization !== `Bearer ${token}`) return gitlabError(401, '401 Unauthorized');
    const [root, projectKey, ...rest] = segments;
    const project = root === 'projects' && projectKey ? [...state.projects.values()].find((candidate) => String(candidate.id) === projectKey || candidate.path === projectKey) : undefined;
    if (!project) return gitlabError(404, '404 Project Not Found');
    const route = routeOf(request.method, rest, GITLAB_ROUTES);
    const body = { ...request.query, ...((typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>) };
    const mergeRequest = route?.name.includes('merge_requests') ? project.mergeRequests?.find((candidate) => candidate.iid === Number(route.params[0])) : undefined;
    if (route?.name.includes('merge_requests') && !mergeRequest) return gitlabError(404, '404 Not found');
    if (!route) return gitlabError(404, '404 Not Found');
    const call: GitLabCall = { request, project, body, params: route.params };

    switch (route.name) {
      case 'GET merge_requests/:':
        return getMergeRequest(call, mergeRequest!);
      case 'GET merge_requests/:/diffs':
        return listDiffs(state, call, mergeRequest!);
      case 'GET merge_requests/:/changes':
        return getChanges(call, mergeRequest!);
      case 'GET merge_requests/:/discussions':
        return listDiscussions(state, call, mergeRequest!);
      case 'POST merge_requests/:/discussions':
        return createDiscussion(state, call, mergeRequest!);
      case 'PUT merge_requests/:/discussions/:':
        return resolveDiscussion(state, call, mergeRequest!);
      case 'PUT merge_requests/:/discussions/:/notes/:':
        return editDiscussionNote(state, call, mergeRequest!);
      case 'POST merge_requests/:/notes':
        return createNote(state, call, mergeRequest!);
      case 'PUT merge_requests/:/notes/:':
        return editNote(state, call, mergeRequest!);
      case 'POST statuses/:':
        return createStatus(state, call);
      case 'GET repository/commits/*':
        return getCommit(state, call);
      case 'GET repository/tree':
        return getTree(state, call);
      case 'GET repository/files/*':
        return getFile(call);
      case 'GET repository/archive.tar.gz':
        return getArchive(call);
      default:
        return gitlabError(404, '404 Not Found');
    }
  };

  const controls = await startRecordingServer('/api/v4', handle, (status) => ({ message: status === 401 ? '401 Unauthorized' : `${status} ${status >= 500 ? 'Internal Server Error' : 'Error'}` }));
  state.base = controls.apiBaseUrl;
  for (const project of options.projects ?? []) state.projects.set(project.id, project);
  return { ...controls, addProject: (project) => void state.projects.set(project.id, project), discussions: state.discussions, notes: state.notes, statuses: state.statuses };
}
