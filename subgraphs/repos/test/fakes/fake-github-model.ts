import type { FakeServerControls, RecordedRequest } from './fake-http.js';

// What the fake GitHub is seeded with and stores, and the state its route handlers share.

/** A file of a seeded pull request, as `GET /pulls/{n}/files` lists it (`patch` absent: binary or too large). */
export interface FakeGitHubFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
  patch?: string;
}

/** A seeded pull request. */
export interface FakeGitHubPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  files: FakeGitHubFile[];
}

/** A seeded repository: commits are file maps by SHA, refs name commits (branches and tags). */
export interface FakeGitHubRepository {
  fullName: string;
  commits?: Record<string, Record<string, string>>;
  refs?: Record<string, string>;
  pullRequests?: FakeGitHubPullRequest[];
}

/** A review comment the fake stores (the fields GitHub returns that the clients and tests look at). */
export interface FakeReviewComment {
  id: number;
  repository: string;
  pull_number: number;
  commit_id: string;
  path: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  start_side: 'LEFT' | 'RIGHT' | null;
  body: string;
  /** Set on a reply in a thread (tests seed replies; the fake offers no endpoint to post one). */
  in_reply_to_id?: number;
  created_at: string;
  updated_at: string;
}

/** An issue (conversation) comment the fake stores. */
export interface FakeIssueComment {
  id: number;
  repository: string;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string;
}

/** A check run the fake stores, with every annotation it received in order. */
export interface FakeCheckRun {
  id: number;
  repository: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  annotations: Record<string, unknown>[];
}

/** Options of `startFakeGitHub`. */
export interface FakeGitHubOptions {
  /** The only token accepted (`Authorization: token …` or `Bearer …`). Default `ghp_fake_token`. */
  token?: string;
  /** Timestamps of created objects. */
  clock?: () => Date;
  repositories?: FakeGitHubRepository[];
  /** Files bigger than this come back from `contents` without content (encoding "none"), as GitHub does above 1 MB. */
  largeFileBytes?: number;
  /** A recursive tree with more entries is cut and marked `truncated` (GitHub: 100 000 entries). */
  treeEntryLimit?: number;
}

/** A running fake GitHub: the controls plus its stored state, which end-to-end tests may inspect or change. */
export interface FakeGitHub extends FakeServerControls {
  addRepository(repository: FakeGitHubRepository): void;
  reviewComments: Map<number, FakeReviewComment>;
  issueComments: Map<number, FakeIssueComment>;
  checkRuns: Map<number, FakeCheckRun>;
}

/** The state of a running fake GitHub, shared by its route handlers. */
export interface FakeGitHubState {
  repositories: Map<string, FakeGitHubRepository>;
  reviewComments: Map<number, FakeReviewComment>;
  issueComments: Map<number, FakeIssueComment>;
  checkRuns: Map<number, FakeCheckRun>;
  /** Tarball downloads handed out by a redirect: one-time token → what it serves. */
  downloads: Map<string, { repository: FakeGitHubRepository; sha: string }>;
  largeFileBytes: number;
  treeEntryLimit: number;
  /** The id the next created object gets. */
  nextId: number;
  /** The API's base URL, known once the server listens. */
  base: string;
  /** The clock's time, as GitHub writes timestamps. */
  now(): string;
}

/** A request for a route under a repository: the repository, the JSON body (`{}` without one), the route's matched values. */
export interface GitHubCall {
  request: RecordedRequest;
  repository: FakeGitHubRepository;
  body: Record<string, unknown>;
  params: string[];
}
