import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapped } from '@steward/kernel';
import type { Repository as RepositoryMapped } from '../modules/repositories/repository.entity.js';
import type { RepositoryWebhookSetup as RepositoryWebhookSetupMapped } from '../modules/repositories/repository.service.js';
import type { PullRequest as PullRequestMapped } from '../modules/pull-requests/pull-request.entity.js';
import type { WebhookDelivery as WebhookDeliveryMapped } from '../modules/webhooks/webhook-delivery.entity.js';
import type { ReviewComment as ReviewCommentMapped } from '../modules/reviews/review-comment.entity.js';
import type { CheckRun as CheckRunMapped } from '../modules/reviews/check-run.entity.js';
import type { PublishedReview as PublishedReviewMapped } from '../modules/reviews/review.service.js';
import type { RepositoryTree as RepositoryTreeMapped, RepositoryFile as RepositoryFileMapped } from '../modules/files/file.service.js';
import type { TreeEntry as TreeEntryMapped } from '../modules/providers/provider-client.js';
import type { VersionReference as VersionReferenceMapped, RevisionReference as RevisionReferenceMapped } from '../modules/pull-requests/pull-request.service.js';
import type { ReposContext } from '../repos.context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A review's verdict on one head commit of a pull request: a GitHub check run with one annotation per finding, or a GitLab commit status. */
export type CheckRun = {
  __typename?: 'CheckRun';
  /** How many findings it annotates (GitHub; GitLab statuses carry none). */
  annotationCount: Scalars['Int']['output'];
  /** The verdict. */
  conclusion: CheckRunConclusion;
  /** When it was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The commit it judges. */
  headSha: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The check's name on the provider. */
  name: Scalars['String']['output'];
  /** The provider's id (GitHub check run; GitLab commit status); null until published. */
  providerCheckId?: Maybe<Scalars['String']['output']>;
  /** Why publishing failed. */
  publishError?: Maybe<Scalars['String']['output']>;
  /** Whether the provider shows it. */
  publishState: PublishState;
  /** The pull request it is about. */
  pullRequest: PullRequest;
  /** Where it is on the provider. */
  status: CheckRunStatus;
  /** Markdown shown with it. */
  summary: Scalars['String']['output'];
  /** One line: the findings by severity. */
  title: Scalars['String']['output'];
  /** When its verdict last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A check's verdict on a commit. */
export type CheckRunConclusion =
  /** The review found what must be fixed. */
  | 'FAILURE'
  /** Neither (GitLab shows it as success). */
  | 'NEUTRAL'
  /** Nothing blocks the merge. */
  | 'SUCCESS';

/** A page of check runs. */
export type CheckRunConnection = {
  __typename?: 'CheckRunConnection';
  /** The check runs of this page. */
  edges: Array<CheckRunEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One check run of a page. */
export type CheckRunEdge = {
  __typename?: 'CheckRunEdge';
  /** Pass as `after` for the check runs after this one. */
  cursor: Scalars['String']['output'];
  /** The check run. */
  node: CheckRun;
};

/** Where a check run is on the provider. */
export type CheckRunStatus =
  /** The provider shows it with its conclusion. */
  | 'COMPLETED'
  /** Not on the provider yet (see `publishState`). */
  | 'QUEUED';

/** What connecting a repository needs. */
export type ConnectRepositoryInput = {
  /** A token Steward uses to call the provider (read pull requests, write comments and checks). Sealed at rest, never returned. */
  accessToken: Scalars['String']['input'];
  /**
   * The provider's REST API root, for GitHub Enterprise Server or self-managed GitLab
   * (`https://api.github.com` or `https://gitlab.com/api/v4` when omitted).
   */
  apiBaseUrl?: InputMaybe<Scalars['String']['input']>;
  /** Analyse each pull request head (STATIC and GRAPH) when the repository is linked to a project (false when omitted). */
  autoAnalysis?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its default branch (`main` when omitted). */
  defaultBranch?: InputMaybe<Scalars['String']['input']>;
  /** `owner/name` on GitHub, the project path on GitLab. */
  fullName: Scalars['String']['input'];
  /** The organization connecting it. */
  organizationId: Scalars['ID']['input'];
  /** The project its work belongs to (of the same organization). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it is hosted. */
  provider: RepositoryProvider;
  /** Its page on the provider (derived from the provider and full name when omitted). */
  webUrl?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Connects a repository and makes its webhook secret; needs `repo:manage`. */
  connectRepository: RepositoryWebhookSetup;
  /** Disconnects a repository: its webhooks answer 404 from now on, its history stays. Needs `repo:manage`. */
  disconnectRepository: Repository;
  /** Publishes a review on a pull request: its findings become inline comments (those outside the diff are listed in a summary comment), findings of earlier reviews that are gone are resolved, and a check run carries the verdict. The review is stored and queued at once; a job publishes it to the provider (watch `publishState`). Needs `repo:manage`. */
  publishReview: PublishReviewPayload;
  /** Processes a stored delivery again (e.g. after fixing what made it fail); needs `repo:manage`. */
  redeliverWebhook: WebhookDelivery;
  /** Replaces a repository's webhook secret (the old one stops working at once); needs `repo:manage`. */
  rotateWebhookSecret: RepositoryWebhookSetup;
  /** Changes a connected repository; needs `repo:manage`. */
  updateRepository: Repository;
};


export type MutationConnectRepositoryArgs = {
  input: ConnectRepositoryInput;
};


export type MutationDisconnectRepositoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishReviewArgs = {
  input: PublishReviewInput;
  pullRequestId: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateRepositoryArgs = {
  input: UpdateRepositoryInput;
};

/** A tenant (owned by the organizations subgraph). */
export type Organization = {
  __typename?: 'Organization';
  /** Stable identifier of the organization. */
  id: Scalars['ID']['output'];
};

/**
 * Where a page of a connection ends and whether more follows. Every connection of every subgraph
 * pages the same way: `first` from 1 to 100 (20 when omitted), `after` an opaque cursor from the same list.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge of this page (null when the page is empty); pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A project (owned by the projects subgraph); repos adds its connected repositories. */
export type Project = {
  __typename?: 'Project';
  /** Stable identifier of the project. */
  id: Scalars['ID']['output'];
  /** The repositories connected to this project that the caller may see, oldest first. */
  repositories: RepositoryConnection;
};


/** A project (owned by the projects subgraph); repos adds its connected repositories. */
export type ProjectRepositoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A version of a project (owned by the projects subgraph); repos adds the pull requests of its commit. */
export type ProjectVersion = {
  __typename?: 'ProjectVersion';
  /** Stable identifier of the version. */
  id: Scalars['ID']['output'];
  /**
   * The pull requests of the version's source repository whose head is the version's commit, most
   * recently changed first; empty when the version records no source revision.
   */
  pullRequests: PullRequestConnection;
  /** Where the version's code came from (resolved by the projects subgraph). */
  sourceRevision?: Maybe<SourceRevision>;
};


/** A version of a project (owned by the projects subgraph); repos adds the pull requests of its commit. */
export type ProjectVersionPullRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A review to publish on a pull request. */
export type PublishReviewInput = {
  /** The check run's name (`Steward` when omitted). */
  checkName?: InputMaybe<Scalars['String']['input']>;
  /** The check's verdict (FAILURE when a CRITICAL or MAJOR finding is present, else SUCCESS, when omitted). */
  conclusion?: InputMaybe<CheckRunConclusion>;
  /** Every finding of the analysis (at most 1,000). Findings of earlier reviews missing here are resolved. */
  findings: Array<ReviewFindingInput>;
};

/** A review as stored and queued for publishing. */
export type PublishReviewPayload = {
  __typename?: 'PublishReviewPayload';
  /** The check run of the pull request's head commit. */
  checkRun: CheckRun;
  /** The comments of the review's findings, in the order given. */
  comments: Array<ReviewComment>;
  /** The pull request. */
  pullRequest: PullRequest;
  /** Comments whose finding the review no longer has: they are resolved on the provider. */
  resolving: Array<ReviewComment>;
};

/** Whether the provider shows what Steward stored. */
export type PublishState =
  /** Publishing stopped for good: the provider refused the access token, or every retry failed (see `publishError`). */
  | 'FAILED'
  /** Queued: the publishing job will send it (retried with back-off while the provider cannot serve). */
  | 'PENDING'
  /** The provider shows it. */
  | 'PUBLISHED'
  /** The provider refused this item (see `publishError`); the next review of the pull request tries it again. */
  | 'REJECTED';

/** A pull request (GitHub) or merge request (GitLab) of a connected repository, as its webhooks last described it. */
export type PullRequest = {
  __typename?: 'PullRequest';
  /** The provider login of whoever opened it. */
  authorLogin: Scalars['String']['output'];
  /** The branch it targets. */
  baseRef: Scalars['String']['output'];
  /** The check runs published on the pull request's commits, newest first. */
  checkRuns: CheckRunConnection;
  /** When it was closed or merged (null while open). */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The webhook deliveries that described it, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Whether it is a draft. */
  draft: Scalars['Boolean']['output'];
  /** The branch it brings in. */
  headRef: Scalars['String']['output'];
  /** The commit at its head. */
  headSha: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was merged (null unless merged). */
  mergedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its number on the provider (GitLab's `iid`). */
  number: Scalars['Int']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** The repository it belongs to. */
  repository: Repository;
  /** The review comments of the pull request, oldest first. */
  reviewComments: ReviewCommentConnection;
  /** When the last review publishing run ended, published or failed for good (null before the first). */
  reviewPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  state: PullRequestState;
  /** Its title. */
  title: Scalars['String']['output'];
  /** When the provider last changed it. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its page on the provider. */
  webUrl?: Maybe<Scalars['String']['output']>;
};


/** A pull request (GitHub) or merge request (GitLab) of a connected repository, as its webhooks last described it. */
export type PullRequestCheckRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pull request (GitHub) or merge request (GitLab) of a connected repository, as its webhooks last described it. */
export type PullRequestDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A pull request (GitHub) or merge request (GitLab) of a connected repository, as its webhooks last described it. */
export type PullRequestReviewCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReviewCommentStatus>;
};

/** A page of pull requests. */
export type PullRequestConnection = {
  __typename?: 'PullRequestConnection';
  /** The pull requests of this page. */
  edges: Array<PullRequestEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One pull request of a page. */
export type PullRequestEdge = {
  __typename?: 'PullRequestEdge';
  /** Pass as `after` for the pull requests after this one. */
  cursor: Scalars['String']['output'];
  /** The pull request. */
  node: PullRequest;
};

/** Where a pull (merge) request stands. */
export type PullRequestState =
  /** Closed without merging. */
  | 'CLOSED'
  /** Merged. */
  | 'MERGED'
  /** Open for review. */
  | 'OPEN';

export type Query = {
  __typename?: 'Query';
  /** One pull request by id. */
  pullRequest?: Maybe<PullRequest>;
  /** A repository's pull requests, most recently changed first. */
  pullRequests: PullRequestConnection;
  /** An organization's connected repositories, oldest first. */
  repositories: RepositoryConnection;
  /** One repository by id. */
  repository?: Maybe<Repository>;
  /** One webhook delivery by id. */
  webhookDelivery?: Maybe<WebhookDelivery>;
};


export type QueryPullRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPullRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  repositoryId: Scalars['ID']['input'];
  state?: InputMaybe<PullRequestState>;
};


export type QueryRepositoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepositoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryRepositoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A GitHub or GitLab repository an organization connected, so its pull requests are tracked,
 * analysed and judged. Its access token and webhook secret are never returned.
 */
export type Repository = {
  __typename?: 'Repository';
  /** The provider's REST API root Steward calls (e.g. `https://api.github.com`, `https://gitlab.example.com/api/v4`). */
  apiBaseUrl: Scalars['String']['output'];
  /** Analyse each pull request head (STATIC and GRAPH) when the repository is linked to a project. */
  autoAnalysis: Scalars['Boolean']['output'];
  /** Who connected it. */
  connectedBy?: Maybe<User>;
  /** When it was connected. */
  createdAt: Scalars['DateTime']['output'];
  /** The branch pushes to which move the repository's main line. */
  defaultBranch: Scalars['String']['output'];
  /** The deliveries this repository received, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** When it was disconnected (null while connected). */
  disconnectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** One file at a branch, tag or commit (the default branch when omitted), or null when it does not exist there. */
  file?: Maybe<RepositoryFile>;
  /**
   * The repository's tree at a branch, tag or commit (the default branch when omitted); needs `repo:read`.
   * Read from the provider once per commit; a push to a branch moves the branch to its new commit.
   */
  fileTree: RepositoryTree;
  /** `owner/name` on GitHub, the project path (`group/subgroup/name`) on GitLab. */
  fullName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the last webhook delivery arrived (null before the first). */
  lastDeliveryAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization that connected it. */
  organization: Organization;
  /** The project its work belongs to, if one was chosen. */
  project?: Maybe<Project>;
  /** Where it is hosted. */
  provider: RepositoryProvider;
  /** The repository's pull requests, most recently changed first. */
  pullRequests: PullRequestConnection;
  /** Whether Steward can work with it. */
  status: RepositoryStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the caller may change, disconnect or rotate the secret of this repository. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The repository's page on the provider. */
  webUrl: Scalars['String']['output'];
  /** The URL to configure as the provider's webhook (its secret is shown once, when it is made). */
  webhookUrl: Scalars['String']['output'];
};


/**
 * A GitHub or GitLab repository an organization connected, so its pull requests are tracked,
 * analysed and judged. Its access token and webhook secret are never returned.
 */
export type RepositoryDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


/**
 * A GitHub or GitLab repository an organization connected, so its pull requests are tracked,
 * analysed and judged. Its access token and webhook secret are never returned.
 */
export type RepositoryFileArgs = {
  path: Scalars['String']['input'];
  ref?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A GitHub or GitLab repository an organization connected, so its pull requests are tracked,
 * analysed and judged. Its access token and webhook secret are never returned.
 */
export type RepositoryFileTreeArgs = {
  ref?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A GitHub or GitLab repository an organization connected, so its pull requests are tracked,
 * analysed and judged. Its access token and webhook secret are never returned.
 */
export type RepositoryPullRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<PullRequestState>;
};

/** A page of repositories. */
export type RepositoryConnection = {
  __typename?: 'RepositoryConnection';
  /** The repositories of this page. */
  edges: Array<RepositoryEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One repository of a page. */
export type RepositoryEdge = {
  __typename?: 'RepositoryEdge';
  /** Pass as `after` for the repositories after this one. */
  cursor: Scalars['String']['output'];
  /** The repository. */
  node: Repository;
};

/** A file's text at one commit. */
export type RepositoryFile = {
  __typename?: 'RepositoryFile';
  /** The commit the ref pointed at. */
  commitSha: Scalars['String']['output'];
  /** Its text (UTF-8). */
  content: Scalars['String']['output'];
  /** Its path from the repository root. */
  path: Scalars['String']['output'];
  /** The ref asked for (the default branch when none was). */
  ref: Scalars['String']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
};

/** Narrows a list of repositories; every condition given must hold. */
export type RepositoryFilter = {
  /** Only repositories of this project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only repositories on this provider. */
  provider?: InputMaybe<RepositoryProvider>;
  /** Only repositories whose full name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only repositories in this status (all but DISCONNECTED when omitted). */
  status?: InputMaybe<RepositoryStatus>;
};

/** The code host a repository lives on. */
export type RepositoryProvider =
  /** GitHub or GitHub Enterprise Server. */
  | 'GITHUB'
  /** GitLab.com or a self-managed GitLab. */
  | 'GITLAB';

/** Whether Steward can work with a connected repository. */
export type RepositoryStatus =
  /** Webhooks are accepted and outbound calls are made. */
  | 'ACTIVE'
  /** Disconnected: kept for its history; webhooks to it answer 404. */
  | 'DISCONNECTED'
  /** The provider refused the access token: update the repository with a new one. */
  | 'NEEDS_REAUTH';

/** A repository's files at one commit, read from the provider once per commit and kept. */
export type RepositoryTree = {
  __typename?: 'RepositoryTree';
  /** The commit the ref pointed at. */
  commitSha: Scalars['String']['output'];
  /** The entries, by path. */
  entries: TreeEntryConnection;
  /** The ref asked for (the default branch when none was). */
  ref: Scalars['String']['output'];
  /** Whether the provider listed only part of a very large tree. */
  truncated: Scalars['Boolean']['output'];
};


/** A repository's files at one commit, read from the provider once per commit and kept. */
export type RepositoryTreeEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  path?: InputMaybe<Scalars['String']['input']>;
};

/** A repository together with its new webhook secret, shown this once. */
export type RepositoryWebhookSetup = {
  __typename?: 'RepositoryWebhookSetup';
  /** The repository. */
  repository: Repository;
  /** The secret to paste beside it (GitHub: "Secret"; GitLab: "Secret token"). It cannot be shown again; rotate it if it is lost. */
  webhookSecret: Scalars['String']['output'];
  /** The URL to paste into the provider's webhook settings. */
  webhookUrl: Scalars['String']['output'];
};

/**
 * One finding of a pull request's review and the inline comment that carries it on the provider,
 * identified across reviews by its fingerprint.
 */
export type ReviewComment = {
  __typename?: 'ReviewComment';
  /** The markdown Steward publishes for it. */
  body: Scalars['String']['output'];
  /** What kind of problem it is (`security`, `performance`, …). */
  category: Scalars['String']['output'];
  /** When the finding was first reported. */
  createdAt: Scalars['DateTime']['output'];
  /** The analysis' identifier of the finding; the same finding keeps it from one review to the next. */
  fingerprint: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The (last) line it points at. */
  line: Scalars['Int']['output'];
  /** The finding, as the analysis wrote it. */
  message: Scalars['String']['output'];
  /** The file, relative to the repository root. */
  path: Scalars['String']['output'];
  /** The provider's id of the inline comment (GitHub's comment id; GitLab's `<discussion>/<note>`); null while it has none (outside the diff, not yet published, refused). */
  providerCommentId?: Maybe<Scalars['String']['output']>;
  /** Why the provider refused it or publishing failed. */
  publishError?: Maybe<Scalars['String']['output']>;
  /** Whether the provider shows it. */
  publishState: PublishState;
  /** The pull request it is about. */
  pullRequest: PullRequest;
  /** How much it matters. */
  severity: ReviewSeverity;
  /** Which version of the file the lines are in. */
  side: ReviewCommentSide;
  /** The first line of a multi-line finding (null for one line). */
  startLine?: Maybe<Scalars['Int']['output']>;
  /** Where the finding stands. */
  status: ReviewCommentStatus;
  /** When the finding last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of review comments. */
export type ReviewCommentConnection = {
  __typename?: 'ReviewCommentConnection';
  /** The comments of this page. */
  edges: Array<ReviewCommentEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One review comment of a page. */
export type ReviewCommentEdge = {
  __typename?: 'ReviewCommentEdge';
  /** Pass as `after` for the comments after this one. */
  cursor: Scalars['String']['output'];
  /** The comment. */
  node: ReviewComment;
};

/** Which version of a file a finding points into. */
export type ReviewCommentSide =
  /** The base (old) version: a removed or unchanged line. */
  | 'LEFT'
  /** The head (new) version: an added or unchanged line. */
  | 'RIGHT';

/** Where a review comment's finding stands. */
export type ReviewCommentStatus =
  /** The finding is in the latest review. */
  | 'OPEN'
  /** The finding is in the latest review, but its line is no longer part of the diff: its earlier comment stays where it was and the summary lists it. */
  | 'OUTDATED'
  /** The latest review no longer has the finding; its comment is resolved on the provider. */
  | 'RESOLVED';

/** One finding of an analysis, to be published as a review comment. */
export type ReviewFindingInput = {
  /** What kind of problem it is (at most 100 characters). */
  category: Scalars['String']['input'];
  /** Identifies the finding across reviews (at most 200 characters, unique within the review): a finding published again with the same fingerprint edits its comment instead of adding one. */
  fingerprint: Scalars['String']['input'];
  /** The (last) line, from 1. */
  line: Scalars['Int']['input'];
  /** The finding for a person (markdown, at most 8,000 characters). */
  message: Scalars['String']['input'];
  /** The file, relative to the repository root (as the diff names it). */
  path: Scalars['String']['input'];
  /** How much it matters. */
  severity: ReviewSeverity;
  /** Which version of the file the lines are in (RIGHT when omitted). */
  side?: InputMaybe<ReviewCommentSide>;
  /** The first line of a multi-line finding (not after `line`); it is inline only when the whole range is part of the diff. */
  startLine?: InputMaybe<Scalars['Int']['input']>;
};

/** How much a finding matters. */
export type ReviewSeverity =
  /** Must be fixed before merging (fails the check). */
  | 'CRITICAL'
  /** For information; does not fail the check. */
  | 'INFO'
  /** Should be fixed before merging (fails the check). */
  | 'MAJOR'
  /** Worth fixing; does not fail the check. */
  | 'MINOR';

/** Where a version's code came from: a commit of a connected repository (recorded by the projects subgraph). */
export type SourceRevision = {
  __typename?: 'SourceRevision';
  /** The commit. */
  commitSha: Scalars['String']['output'];
  /** The repository (null when the caller may not read it). */
  repository?: Maybe<Repository>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each change to a pull request of the repository, as its webhook is processed. */
  pullRequestUpdated: PullRequest;
  /** Each webhook delivery an organization's repositories receive (refused ones included), as it is stored. */
  webhookDeliveryReceived: WebhookDelivery;
};


export type SubscriptionPullRequestUpdatedArgs = {
  repositoryId: Scalars['ID']['input'];
};


export type SubscriptionWebhookDeliveryReceivedArgs = {
  organizationId: Scalars['ID']['input'];
};

/** One file or directory of a repository tree. */
export type TreeEntry = {
  __typename?: 'TreeEntry';
  /** Its path from the repository root. */
  path: Scalars['String']['output'];
  /** Its size in bytes (files on GitHub; null for directories and on GitLab, whose trees carry no sizes). */
  size?: Maybe<Scalars['Int']['output']>;
  /** File or directory. */
  type: TreeEntryType;
};

/** A page of tree entries. */
export type TreeEntryConnection = {
  __typename?: 'TreeEntryConnection';
  /** The entries of this page. */
  edges: Array<TreeEntryEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One tree entry of a page. */
export type TreeEntryEdge = {
  __typename?: 'TreeEntryEdge';
  /** Pass as `after` for the entries after this one. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: TreeEntry;
};

/** What a tree entry is. */
export type TreeEntryType =
  /** A file. */
  | 'BLOB'
  /** A directory. */
  | 'TREE';

/** What changes about a repository; omitted fields stay as they are. */
export type UpdateRepositoryInput = {
  /** A new access token; a repository in NEEDS_REAUTH becomes ACTIVE again. */
  accessToken?: InputMaybe<Scalars['String']['input']>;
  /** The provider's REST API root. */
  apiBaseUrl?: InputMaybe<Scalars['String']['input']>;
  /** Analyse each pull request head (STATIC and GRAPH) when the repository is linked to a project. */
  autoAnalysis?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its default branch. */
  defaultBranch?: InputMaybe<Scalars['String']['input']>;
  /** The repository. */
  id: Scalars['ID']['input'];
  /** The project its work belongs to; null unlinks it. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** A person with a Steward account (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
};

/** One webhook request a provider sent to a repository: stored before it was answered, kept as the audit trail. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The event's action (`opened`, `synchronize`, `merge`, …), when it has one. */
  action?: Maybe<Scalars['String']['output']>;
  /** Processing runs so far. */
  attempts: Scalars['Int']['output'];
  /** The provider's id of the delivery (`X-GitHub-Delivery`, `Idempotency-Key`, `X-Gitlab-Event-UUID`), or the payload digest when none was sent. */
  deliveryId: Scalars['String']['output'];
  /** Why it failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** The event (`pull_request`, `push`, `Merge Request Hook`, …). */
  event: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** SHA-256 of the raw body, hex. */
  payloadDigest: Scalars['String']['output'];
  /** Who sent it. */
  provider: RepositoryProvider;
  /** The pull request it described, when it described one. */
  pullRequest?: Maybe<PullRequest>;
  /** When it arrived. */
  receivedAt: Scalars['DateTime']['output'];
  /** The repository it was sent to. */
  repository: Repository;
  /** How it was signed. */
  signatureScheme: WebhookSignatureScheme;
  /** What became of it. */
  status: WebhookDeliveryStatus;
  /** Whether its signature held. Unverified deliveries are never processed and keep no payload. */
  verified: Scalars['Boolean']['output'];
};

/** A page of webhook deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One delivery of a page. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` for the deliveries after this one. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** What became of a webhook delivery. */
export type WebhookDeliveryStatus =
  /** A replay of a delivery already received; not processed again. */
  | 'DUPLICATE'
  /** Refused (bad signature, malformed body) or failed for good; see `error`. */
  | 'FAILED'
  /** An event Steward does not use; stored for the record. */
  | 'IGNORED'
  /** Applied (a pull request created or moved, a branch moved). */
  | 'PROCESSED'
  /** Stored and queued for processing. */
  | 'RECEIVED';

/** How a webhook delivery proved it came from the provider. */
export type WebhookSignatureScheme =
  /** GitLab's `X-Gitlab-Token`: the secret itself, compared in constant time. */
  | 'GITLAB_TOKEN'
  /** GitHub's `X-Hub-Signature-256`: HMAC-SHA256 of the raw body under the webhook secret. */
  | 'HMAC_SHA256'
  /** No signature was sent. */
  | 'NONE'
  /** Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`), with a timestamp window against replays. */
  | 'STANDARD_WEBHOOKS';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  CheckRun: CheckRun;
  Project: Project;
  ProjectVersion: ProjectVersion;
  PullRequest: PullRequest;
  Repository: Repository;
  ReviewComment: ReviewComment;
  WebhookDelivery: WebhookDelivery;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CheckRun:
    ( { __typename: 'CheckRun' }
    & GraphQLRecursivePick<FederationTypes['CheckRun'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  ProjectVersion:
    ( { __typename: 'ProjectVersion' }
    & GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"sourceRevision":{"commitSha":true,"repository":{"id":true}}}> ) );
  PullRequest:
    ( { __typename: 'PullRequest' }
    & GraphQLRecursivePick<FederationTypes['PullRequest'], {"id":true}> );
  Repository:
    ( { __typename: 'Repository' }
    & GraphQLRecursivePick<FederationTypes['Repository'], {"id":true}> );
  ReviewComment:
    ( { __typename: 'ReviewComment' }
    & GraphQLRecursivePick<FederationTypes['ReviewComment'], {"id":true}> );
  WebhookDelivery:
    ( { __typename: 'WebhookDelivery' }
    & GraphQLRecursivePick<FederationTypes['WebhookDelivery'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CheckRun: ResolverTypeWrapper<CheckRunMapped>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CheckRunConclusion: CheckRunConclusion;
  CheckRunConnection: ResolverTypeWrapper<Omit<CheckRunConnection, 'edges'> & { edges: Array<ResolversTypes['CheckRunEdge']> }>;
  CheckRunEdge: ResolverTypeWrapper<Omit<CheckRunEdge, 'node'> & { node: ResolversTypes['CheckRun'] }>;
  CheckRunStatus: CheckRunStatus;
  ConnectRepositoryInput: ConnectRepositoryInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityReferenceMapped>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<EntityReferenceMapped>;
  ProjectVersion: ResolverTypeWrapper<VersionReferenceMapped>;
  PublishReviewInput: PublishReviewInput;
  PublishReviewPayload: ResolverTypeWrapper<PublishedReviewMapped>;
  PublishState: PublishState;
  PullRequest: ResolverTypeWrapper<PullRequestMapped>;
  PullRequestConnection: ResolverTypeWrapper<Omit<PullRequestConnection, 'edges'> & { edges: Array<ResolversTypes['PullRequestEdge']> }>;
  PullRequestEdge: ResolverTypeWrapper<Omit<PullRequestEdge, 'node'> & { node: ResolversTypes['PullRequest'] }>;
  PullRequestState: PullRequestState;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Repository: ResolverTypeWrapper<RepositoryMapped>;
  RepositoryConnection: ResolverTypeWrapper<Omit<RepositoryConnection, 'edges'> & { edges: Array<ResolversTypes['RepositoryEdge']> }>;
  RepositoryEdge: ResolverTypeWrapper<Omit<RepositoryEdge, 'node'> & { node: ResolversTypes['Repository'] }>;
  RepositoryFile: ResolverTypeWrapper<RepositoryFileMapped>;
  RepositoryFilter: RepositoryFilter;
  RepositoryProvider: RepositoryProvider;
  RepositoryStatus: RepositoryStatus;
  RepositoryTree: ResolverTypeWrapper<RepositoryTreeMapped>;
  RepositoryWebhookSetup: ResolverTypeWrapper<RepositoryWebhookSetupMapped>;
  ReviewComment: ResolverTypeWrapper<ReviewCommentMapped>;
  ReviewCommentConnection: ResolverTypeWrapper<Omit<ReviewCommentConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewCommentEdge']> }>;
  ReviewCommentEdge: ResolverTypeWrapper<Omit<ReviewCommentEdge, 'node'> & { node: ResolversTypes['ReviewComment'] }>;
  ReviewCommentSide: ReviewCommentSide;
  ReviewCommentStatus: ReviewCommentStatus;
  ReviewFindingInput: ReviewFindingInput;
  ReviewSeverity: ReviewSeverity;
  SourceRevision: ResolverTypeWrapper<RevisionReferenceMapped>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TreeEntry: ResolverTypeWrapper<TreeEntryMapped>;
  TreeEntryConnection: ResolverTypeWrapper<Omit<TreeEntryConnection, 'edges'> & { edges: Array<ResolversTypes['TreeEntryEdge']> }>;
  TreeEntryEdge: ResolverTypeWrapper<Omit<TreeEntryEdge, 'node'> & { node: ResolversTypes['TreeEntry'] }>;
  TreeEntryType: TreeEntryType;
  UpdateRepositoryInput: UpdateRepositoryInput;
  User: ResolverTypeWrapper<EntityReferenceMapped>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryMapped>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookSignatureScheme: WebhookSignatureScheme;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CheckRun: CheckRunMapped;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CheckRunConnection: Omit<CheckRunConnection, 'edges'> & { edges: Array<ResolversParentTypes['CheckRunEdge']> };
  CheckRunEdge: Omit<CheckRunEdge, 'node'> & { node: ResolversParentTypes['CheckRun'] };
  ConnectRepositoryInput: ConnectRepositoryInput;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Organization: EntityReferenceMapped;
  PageInfo: PageInfo;
  Project: EntityReferenceMapped;
  ProjectVersion: VersionReferenceMapped;
  PublishReviewInput: PublishReviewInput;
  PublishReviewPayload: PublishedReviewMapped;
  PullRequest: PullRequestMapped;
  PullRequestConnection: Omit<PullRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['PullRequestEdge']> };
  PullRequestEdge: Omit<PullRequestEdge, 'node'> & { node: ResolversParentTypes['PullRequest'] };
  Query: Record<PropertyKey, never>;
  Repository: RepositoryMapped;
  RepositoryConnection: Omit<RepositoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['RepositoryEdge']> };
  RepositoryEdge: Omit<RepositoryEdge, 'node'> & { node: ResolversParentTypes['Repository'] };
  RepositoryFile: RepositoryFileMapped;
  RepositoryFilter: RepositoryFilter;
  RepositoryTree: RepositoryTreeMapped;
  RepositoryWebhookSetup: RepositoryWebhookSetupMapped;
  ReviewComment: ReviewCommentMapped;
  ReviewCommentConnection: Omit<ReviewCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewCommentEdge']> };
  ReviewCommentEdge: Omit<ReviewCommentEdge, 'node'> & { node: ResolversParentTypes['ReviewComment'] };
  ReviewFindingInput: ReviewFindingInput;
  SourceRevision: RevisionReferenceMapped;
  Subscription: Record<PropertyKey, never>;
  TreeEntry: TreeEntryMapped;
  TreeEntryConnection: Omit<TreeEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['TreeEntryEdge']> };
  TreeEntryEdge: Omit<TreeEntryEdge, 'node'> & { node: ResolversParentTypes['TreeEntry'] };
  UpdateRepositoryInput: UpdateRepositoryInput;
  User: EntityReferenceMapped;
  WebhookDelivery: WebhookDeliveryMapped;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = ReposContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CheckRunResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['CheckRun'] = ResolversParentTypes['CheckRun'], FederationReferenceType extends FederationReferenceTypes['CheckRun'] = FederationReferenceTypes['CheckRun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CheckRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conclusion?: Resolver<ResolversTypes['CheckRunConclusion'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headSha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerCheckId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishState?: Resolver<ResolversTypes['PublishState'], ParentType, ContextType>;
  pullRequest?: Resolver<ResolversTypes['PullRequest'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CheckRunStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CheckRunConnectionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['CheckRunConnection'] = ResolversParentTypes['CheckRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CheckRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CheckRunEdgeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['CheckRunEdge'] = ResolversParentTypes['CheckRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CheckRun'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  connectRepository?: Resolver<ResolversTypes['RepositoryWebhookSetup'], ParentType, ContextType, RequireFields<MutationConnectRepositoryArgs, 'input'>>;
  disconnectRepository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationDisconnectRepositoryArgs, 'id'>>;
  publishReview?: Resolver<ResolversTypes['PublishReviewPayload'], ParentType, ContextType, RequireFields<MutationPublishReviewArgs, 'input' | 'pullRequestId'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RepositoryWebhookSetup'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  updateRepository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType, RequireFields<MutationUpdateRepositoryArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  repositories?: Resolver<ResolversTypes['RepositoryConnection'], ParentType, ContextType, Partial<ProjectRepositoriesArgs>>;
}>;

export type ProjectVersionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['ProjectVersion'] = ResolversParentTypes['ProjectVersion'], FederationReferenceType extends FederationReferenceTypes['ProjectVersion'] = FederationReferenceTypes['ProjectVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pullRequests?: Resolver<ResolversTypes['PullRequestConnection'], ParentType, ContextType, Partial<ProjectVersionPullRequestsArgs>>;
}>;

export type PublishReviewPayloadResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['PublishReviewPayload'] = ResolversParentTypes['PublishReviewPayload']> = ResolversObject<{
  checkRun?: Resolver<ResolversTypes['CheckRun'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ReviewComment']>, ParentType, ContextType>;
  pullRequest?: Resolver<ResolversTypes['PullRequest'], ParentType, ContextType>;
  resolving?: Resolver<Array<ResolversTypes['ReviewComment']>, ParentType, ContextType>;
}>;

export type PullRequestResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['PullRequest'] = ResolversParentTypes['PullRequest'], FederationReferenceType extends FederationReferenceTypes['PullRequest'] = FederationReferenceTypes['PullRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PullRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authorLogin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkRuns?: Resolver<ResolversTypes['CheckRunConnection'], ParentType, ContextType, Partial<PullRequestCheckRunsArgs>>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<PullRequestDeliveriesArgs>>;
  draft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  headRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headSha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  repository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType>;
  reviewComments?: Resolver<ResolversTypes['ReviewCommentConnection'], ParentType, ContextType, Partial<PullRequestReviewCommentsArgs>>;
  reviewPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PullRequestState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  webUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PullRequestConnectionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['PullRequestConnection'] = ResolversParentTypes['PullRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PullRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PullRequestEdgeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['PullRequestEdge'] = ResolversParentTypes['PullRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PullRequest'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  pullRequest?: Resolver<Maybe<ResolversTypes['PullRequest']>, ParentType, ContextType, RequireFields<QueryPullRequestArgs, 'id'>>;
  pullRequests?: Resolver<ResolversTypes['PullRequestConnection'], ParentType, ContextType, RequireFields<QueryPullRequestsArgs, 'repositoryId'>>;
  repositories?: Resolver<ResolversTypes['RepositoryConnection'], ParentType, ContextType, RequireFields<QueryRepositoriesArgs, 'organizationId'>>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType, RequireFields<QueryRepositoryArgs, 'id'>>;
  webhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<QueryWebhookDeliveryArgs, 'id'>>;
}>;

export type RepositoryResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['Repository'] = ResolversParentTypes['Repository'], FederationReferenceType extends FederationReferenceTypes['Repository'] = FederationReferenceTypes['Repository']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Repository']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiBaseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  autoAnalysis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  connectedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultBranch?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<RepositoryDeliveriesArgs>>;
  disconnectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['RepositoryFile']>, ParentType, ContextType, RequireFields<RepositoryFileArgs, 'path'>>;
  fileTree?: Resolver<ResolversTypes['RepositoryTree'], ParentType, ContextType, Partial<RepositoryFileTreeArgs>>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['RepositoryProvider'], ParentType, ContextType>;
  pullRequests?: Resolver<ResolversTypes['PullRequestConnection'], ParentType, ContextType, Partial<RepositoryPullRequestsArgs>>;
  status?: Resolver<ResolversTypes['RepositoryStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  webUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhookUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RepositoryConnectionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['RepositoryConnection'] = ResolversParentTypes['RepositoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RepositoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RepositoryEdgeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['RepositoryEdge'] = ResolversParentTypes['RepositoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Repository'], ParentType, ContextType>;
}>;

export type RepositoryFileResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['RepositoryFile'] = ResolversParentTypes['RepositoryFile']> = ResolversObject<{
  commitSha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RepositoryTreeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['RepositoryTree'] = ResolversParentTypes['RepositoryTree']> = ResolversObject<{
  commitSha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['TreeEntryConnection'], ParentType, ContextType, Partial<RepositoryTreeEntriesArgs>>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RepositoryWebhookSetupResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['RepositoryWebhookSetup'] = ResolversParentTypes['RepositoryWebhookSetup']> = ResolversObject<{
  repository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType>;
  webhookSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhookUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewCommentResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['ReviewComment'] = ResolversParentTypes['ReviewComment'], FederationReferenceType extends FederationReferenceTypes['ReviewComment'] = FederationReferenceTypes['ReviewComment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReviewComment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerCommentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishState?: Resolver<ResolversTypes['PublishState'], ParentType, ContextType>;
  pullRequest?: Resolver<ResolversTypes['PullRequest'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ReviewSeverity'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['ReviewCommentSide'], ParentType, ContextType>;
  startLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewCommentStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReviewCommentConnectionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['ReviewCommentConnection'] = ResolversParentTypes['ReviewCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReviewCommentEdgeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['ReviewCommentEdge'] = ResolversParentTypes['ReviewCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewComment'], ParentType, ContextType>;
}>;

export type SourceRevisionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['SourceRevision'] = ResolversParentTypes['SourceRevision']> = ResolversObject<{
  commitSha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  pullRequestUpdated?: SubscriptionResolver<ResolversTypes['PullRequest'], "pullRequestUpdated", ParentType, ContextType, RequireFields<SubscriptionPullRequestUpdatedArgs, 'repositoryId'>>;
  webhookDeliveryReceived?: SubscriptionResolver<ResolversTypes['WebhookDelivery'], "webhookDeliveryReceived", ParentType, ContextType, RequireFields<SubscriptionWebhookDeliveryReceivedArgs, 'organizationId'>>;
}>;

export type TreeEntryResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['TreeEntry'] = ResolversParentTypes['TreeEntry']> = ResolversObject<{
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TreeEntryType'], ParentType, ContextType>;
}>;

export type TreeEntryConnectionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['TreeEntryConnection'] = ResolversParentTypes['TreeEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TreeEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TreeEntryEdgeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['TreeEntryEdge'] = ResolversParentTypes['TreeEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TreeEntry'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'], FederationReferenceType extends FederationReferenceTypes['WebhookDelivery'] = FederationReferenceTypes['WebhookDelivery']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payloadDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['RepositoryProvider'], ParentType, ContextType>;
  pullRequest?: Resolver<Maybe<ResolversTypes['PullRequest']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  repository?: Resolver<ResolversTypes['Repository'], ParentType, ContextType>;
  signatureScheme?: Resolver<ResolversTypes['WebhookSignatureScheme'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = ReposContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ReposContext> = ResolversObject<{
  CheckRun?: CheckRunResolvers<ContextType>;
  CheckRunConnection?: CheckRunConnectionResolvers<ContextType>;
  CheckRunEdge?: CheckRunEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectVersion?: ProjectVersionResolvers<ContextType>;
  PublishReviewPayload?: PublishReviewPayloadResolvers<ContextType>;
  PullRequest?: PullRequestResolvers<ContextType>;
  PullRequestConnection?: PullRequestConnectionResolvers<ContextType>;
  PullRequestEdge?: PullRequestEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Repository?: RepositoryResolvers<ContextType>;
  RepositoryConnection?: RepositoryConnectionResolvers<ContextType>;
  RepositoryEdge?: RepositoryEdgeResolvers<ContextType>;
  RepositoryFile?: RepositoryFileResolvers<ContextType>;
  RepositoryTree?: RepositoryTreeResolvers<ContextType>;
  RepositoryWebhookSetup?: RepositoryWebhookSetupResolvers<ContextType>;
  ReviewComment?: ReviewCommentResolvers<ContextType>;
  ReviewCommentConnection?: ReviewCommentConnectionResolvers<ContextType>;
  ReviewCommentEdge?: ReviewCommentEdgeResolvers<ContextType>;
  SourceRevision?: SourceRevisionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TreeEntry?: TreeEntryResolvers<ContextType>;
  TreeEntryConnection?: TreeEntryConnectionResolvers<ContextType>;
  TreeEntryEdge?: TreeEntryEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ReposContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
