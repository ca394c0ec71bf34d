import type { FakeServerControls, RecordedRequest } from './fake-http.js';

// What the fake GitLab is seeded with and stores, and the state its route handlers share.

/** A changed file of a seeded merge request, as `GET …/merge_requests/:iid/diffs` lists it. */
export interface FakeGitLabDiff {
  old_path: string;
  new_path: string;
  diff: string;
  new_file?: boolean;
  renamed_file?: boolean;
  deleted_file?: boolean;
}

/** A seeded merge request; `startSha` defaults to `baseSha`. */
export interface FakeGitLabMergeRequest {
  iid: number;
  headSha: string;
  baseSha: string;
  startSha?: string;
  diffs: FakeGitLabDiff[];
}

/** A seeded project, found by numeric id or by its (URL-encoded) path. Commits are file maps by SHA. */
export interface FakeGitLabProject {
  id: number;
  path: string;
  commits?: Record<string, Record<string, string>>;
  refs?: Record<string, string>;
  mergeRequests?: FakeGitLabMergeRequest[];
}

/** A note the fake stores: one per discussion here (Steward never replies in a thread). */
export interface FakeGitLabNote {
  id: number;
  body: string;
  type: 'DiffNote' | 'DiscussionNote' | null;
  position: Record<string, unknown> | null;
  resolved: boolean;
  created_at: string;
  updated_at: string;
}

/** A discussion the fake stores. */
export interface FakeGitLabDiscussion {
  id: string;
  projectId: number;
  iid: number;
  notes: FakeGitLabNote[];
}

/** A merge request note (not in a diff discussion) the fake stores. */
export interface FakeGitLabMergeRequestNote extends FakeGitLabNote {
  projectId: number;
  iid: number;
}

/** A commit status the fake stores. */
export interface FakeGitLabStatus {
  id: number;
  projectId: number;
  sha: string;
  status: string;
  name: string;
  description: string | null;
  created_at: string;
}

/** Options of `startFakeGitLab`. */
export interface FakeGitLabOptions {
  /** The only token accepted (`PRIVATE-TOKEN` header or `Authorization: Bearer`). Default `glpat-fake-token`. */
  token?: string;
  clock?: () => Date;
  projects?: FakeGitLabProject[];
  /** false: behave like GitLab before 15.7, which has `changes` but no `diffs` endpoint. */
  diffsEndpoint?: boolean;
}

/** A running fake GitLab: the controls plus its stored state, which end-to-end tests may inspect or change. */
export interface FakeGitLab extends FakeServerControls {
  addProject(project: FakeGitLabProject): void;
  discussions: Map<string, FakeGitLabDiscussion>;
  notes: Map<number, FakeGitLabMergeRequestNote>;
  statuses: FakeGitLabStatus[];
}

/** The state of a running fake GitLab, shared by its route handlers. */
export interface FakeGitLabState {
  projects: Map<number, FakeGitLabProject>;
  discussions: Map<string, FakeGitLabDiscussion>;
  notes: Map<number, FakeGitLabMergeRequestNote>;
  statuses: FakeGitLabStatus[];
  /** false: GitLab before 15.7, without the `diffs` endpoint. */
  diffsEndpoint: boolean;
  /** The id the next created object gets. */
  nextId: number;
  /** The API's base URL, known once the server listens. */
  base: string;
  /** The clock's time, as GitLab writes timestamps. */
  now(): string;
}

/** A request for a route under a project: the project, the query and body fields merged, the route's matched values. */
export interface GitLabCall {
  request: RecordedRequest;
  project: FakeGitLabProject;
  body: Record<string, unknown>;
  params: string[];
}
