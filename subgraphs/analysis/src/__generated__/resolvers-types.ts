import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapped } from '@steward/kernel';
import type { AnalysisSession as AnalysisSessionMapped, AnalysisTask as AnalysisTaskMapped } from '../modules/sessions/session.entity.js';
import type { SummaryView as SummaryViewMapped } from '../modules/sessions/session.service.js';
import type { Artifact as ArtifactMapped } from '../modules/artifacts/artifact.entity.js';
import type { UploadSlot as UploadSlotMapped } from '../modules/artifacts/artifact.service.js';
import type { Finding as FindingMapped } from '../modules/findings/finding.entity.js';
import type { FindingsSummaryView as FindingsSummaryViewMapped, Measurements as MeasurementsMapped } from '../modules/findings/finding.service.js';
import type { ModuleMetricsRow as ModuleMetricsRowMapped } from '../modules/findings/finding.repository.js';
import type { AnalysisContext } from '../analysis.context.js';
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

/** What a session analyses with. */
export type AnalysisKind =
  /** What CI ran, reported here: JUnit test results and coverage (lcov, Cobertura). Steward never executes a customer's code. */
  | 'DYNAMIC'
  /** The module dependency graph (dependency-cruiser): cycles, coupling and instability per module. */
  | 'GRAPH'
  /** SARIF 2.1.0 reports of other tools (Semgrep, Bandit, ruff, CodeQL, ESLint…), uploaded by CI. */
  | 'IMPORT'
  /** Analyzers reading the source: ESLint (with typescript-eslint) and cyclomatic complexity per function. */
  | 'STATIC';

/** The values analysis measures for a version, as the quality gate reads them (the latest finished analysis of the version). */
export type AnalysisMeasurements = {
  __typename?: 'AnalysisMeasurements';
  /** `coverage`: line coverage, 0 to 1. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** `dependency_cycles`: cycles between modules. */
  dependencyCycles?: Maybe<Scalars['Float']['output']>;
  /** `max_cyclomatic_complexity`: the highest complexity of a function. */
  maxCyclomaticComplexity?: Maybe<Scalars['Float']['output']>;
  /** `new_code_coverage`: coverage of the lines a pull request changed, 0 to 1. */
  newCodeCoverage?: Maybe<Scalars['Float']['output']>;
  /** `new_critical_findings`: new findings of severity CRITICAL (ignored ones excluded). */
  newCriticalFindings?: Maybe<Scalars['Float']['output']>;
  /** `new_findings`: new findings (ignored ones excluded). */
  newFindings?: Maybe<Scalars['Float']['output']>;
  /** `tests_failed`: tests that failed or errored. */
  testsFailed?: Maybe<Scalars['Float']['output']>;
};

/** One analysis of a project's source at a commit (or an uploaded archive) and of the reports CI sent with it. */
export type AnalysisSession = {
  __typename?: 'AnalysisSession';
  /** Its artifacts: uploads and what tasks wrote, oldest first. */
  artifacts: Array<Artifact>;
  /** The commit analysed (null when unknown, e.g. an uploaded archive without one). */
  commitSha?: Maybe<Scalars['String']['output']>;
  /** When it was accepted. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it; null when an API key did. */
  createdBy?: Maybe<User>;
  /** The modules of the dependency graph (GRAPH), most unstable first. */
  dependencies: ModuleDependencyMetricsConnection;
  /** The findings the session saw, most severe first. Filter with `newOnly` for what is new against production. */
  findings: FindingConnection;
  /** When its last task finished (or it was cancelled). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the session. */
  id: Scalars['ID']['output'];
  /** The kinds of analysis requested. */
  kinds: Array<AnalysisKind>;
  /** The organization it belongs to. */
  organization: Organization;
  /** The project analysed. */
  project: Project;
  /** The pull request whose head was analysed; its new findings and gate verdict are published on it. */
  pullRequest?: Maybe<PullRequest>;
  /** The repository the source came from (null for an uploaded archive or reports only). */
  repository?: Maybe<Repository>;
  /** The session this one re-ran, if any. */
  rerunOf?: Maybe<AnalysisSession>;
  /** When its first task started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the session is in its life. */
  status: AnalysisStatus;
  /** Counts and figures over the session's tasks and findings. */
  summary: AnalysisSummary;
  /** Its tasks, in the order they were created. */
  tasks: Array<AnalysisTask>;
  /** The version analysed, when one was named. */
  version?: Maybe<ProjectVersion>;
  /** Whether the caller may cancel it now (it is running and the caller holds `analysis:run`). */
  viewerCanCancel: Scalars['Boolean']['output'];
};


/** One analysis of a project's source at a commit (or an uploaded archive) and of the reports CI sent with it. */
export type AnalysisSessionDependenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  inCycleOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One analysis of a project's source at a commit (or an uploaded archive) and of the reports CI sent with it. */
export type AnalysisSessionFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sessions. */
export type AnalysisSessionConnection = {
  __typename?: 'AnalysisSessionConnection';
  /** The sessions of this page. */
  edges: Array<AnalysisSessionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One session in a page. */
export type AnalysisSessionEdge = {
  __typename?: 'AnalysisSessionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: AnalysisSession;
};

/** Narrows a list of sessions. */
export type AnalysisSessionFilter = {
  /** Only sessions in this state. */
  status?: InputMaybe<AnalysisStatus>;
  /** Only sessions of this version. */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where the source of a session comes from: an uploaded archive, or a connected repository at a commit. */
export type AnalysisSourceInput = {
  /** The commit to analyse: 40 or 64 hex digits. */
  commitSha?: InputMaybe<Scalars['String']['input']>;
  /** A repository of the organization (`Repository.id`), with `commitSha`. */
  repositoryId?: InputMaybe<Scalars['ID']['input']>;
  /** An upload of kind SOURCE_ARCHIVE (`createAnalysisUpload`) whose bytes have arrived. */
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a session is in its life. */
export type AnalysisStatus =
  /** Cancelled before it finished: running tasks were stopped, queued ones never started. */
  | 'CANCELLED'
  /** Every task failed. */
  | 'FAILED'
  /** Some tasks succeeded and some failed. */
  | 'PARTIAL'
  /** Accepted; no task has started yet. */
  | 'QUEUED'
  /** At least one task has started and not every task has finished. */
  | 'RUNNING'
  /** Every task succeeded. */
  | 'SUCCEEDED';

/** A session's figures. */
export type AnalysisSummary = {
  __typename?: 'AnalysisSummary';
  /** Branch coverage from the coverage reports, 0 to 1. */
  branchCoverage?: Maybe<Scalars['Float']['output']>;
  /** Findings by severity, CRITICAL first (severities without findings included, with 0). */
  bySeverity: Array<SeverityCount>;
  /** Tasks whose results came from the cache. */
  cacheHits: Scalars['Int']['output'];
  /** Line coverage from the coverage reports, 0 to 1. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** Dependency cycles between modules. */
  dependencyCycles?: Maybe<Scalars['Int']['output']>;
  /** Source files the STATIC analyzers looked at. */
  filesAnalysed?: Maybe<Scalars['Int']['output']>;
  /** Findings the session saw. */
  findings: Scalars['Int']['output'];
  /** The highest cyclomatic complexity of a function. */
  maxCyclomaticComplexity?: Maybe<Scalars['Int']['output']>;
  /**
   * Coverage of the lines the session's pull request adds or changes, 0 to 1 (null without a pull request, or
   * when the reports instrument none of those lines).
   */
  newCodeCoverage?: Maybe<Scalars['Float']['output']>;
  /** New findings of severity CRITICAL. */
  newCriticalFindings: Scalars['Int']['output'];
  /** Of those, the ones new against the project's production version. */
  newFindings: Scalars['Int']['output'];
  /** Time the cache saved: the durations of the runs whose results were reused, in milliseconds. */
  savedMs: Scalars['Int']['output'];
  /** Tasks in all. */
  tasks: Scalars['Int']['output'];
  /** Tasks that failed. */
  tasksFailed: Scalars['Int']['output'];
  /** Tasks that succeeded. */
  tasksSucceeded: Scalars['Int']['output'];
  /** Tests that failed or errored. */
  testsFailed?: Maybe<Scalars['Int']['output']>;
  /** Tests that passed. */
  testsPassed?: Maybe<Scalars['Int']['output']>;
  /** Tests skipped. */
  testsSkipped?: Maybe<Scalars['Int']['output']>;
};

/** One analyzer's run over a session's input. */
export type AnalysisTask = {
  __typename?: 'AnalysisTask';
  /** The analyzer, e.g. `eslint`, `dependency-cruiser`, `sarif`, `junit`, `coverage`. */
  analyzer: Scalars['String']['output'];
  /** The analyzer's version. */
  analyzerVersion: Scalars['String']['output'];
  /** Runs started so far (retries included). */
  attempts: Scalars['Int']['output'];
  /** The result cache's part (null until the task has looked its key up). */
  cache?: Maybe<AnalysisTaskCache>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How long its successful run took, in milliseconds. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** Why its latest run failed (what a user can act on; no internals). */
  error?: Maybe<Scalars['String']['output']>;
  /** When it finished. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the task. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: AnalysisKind;
  /** When its latest run started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is in its life. */
  status: AnalysisTaskStatus;
};

/** What the result cache did for a task. */
export type AnalysisTaskCache = {
  __typename?: 'AnalysisTaskCache';
  /** Whether the results were reused instead of running the analyzer. */
  hit: Scalars['Boolean']['output'];
  /** The cache key: sha256 of analyzer, version, configuration and the sorted digests of the inputs. */
  key: Scalars['String']['output'];
  /** The task whose results were reused. */
  reusedFromTaskId?: Maybe<Scalars['ID']['output']>;
  /** The duration of that task's run, saved by reusing it, in milliseconds (0 on a miss). */
  savedMs: Scalars['Int']['output'];
};

/** Where a task is in its life. */
export type AnalysisTaskStatus =
  /** Its session was cancelled. */
  | 'CANCELLED'
  /** Failed on its last attempt (see `error`). */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A worker runs it (a retry after a failure or a lost worker is RUNNING again, with `attempts` counting). */
  | 'RUNNING'
  /** Finished with results. */
  | 'SUCCEEDED';

/** An upload slot: PUT the bytes to `uploadUrl` (no token needed; the link is the permission), then name `id` in `startAnalysis`. */
export type AnalysisUpload = {
  __typename?: 'AnalysisUpload';
  /** The artifact the bytes become. */
  artifact: Artifact;
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The upload's id (the artifact's). */
  id: Scalars['ID']['output'];
  /** The most bytes accepted. */
  maxBytes: Scalars['Float']['output'];
  /** Where to PUT the bytes, on the gateway's origin. */
  uploadUrl: Scalars['String']['output'];
};

/** What is being uploaded. */
export type AnalysisUploadKind =
  /** A coverage report: lcov or Cobertura XML. */
  | 'COVERAGE'
  /** A JUnit XML report. */
  | 'JUNIT'
  /** A SARIF 2.1.0 report. */
  | 'SARIF'
  /** The source to analyse: a tar.gz or zip archive. */
  | 'SOURCE_ARCHIVE';

/** A file of a session, stored once by content (sha256). */
export type Artifact = {
  __typename?: 'Artifact';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** A link that downloads it without a token, on the gateway's origin, for a short time (null before its bytes arrived). */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** When `downloadUrl` stops working. */
  downloadUrlExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the artifact. */
  id: Scalars['ID']['output'];
  /** What it holds. */
  kind: ArtifactKind;
  /** Its media type, e.g. `application/sarif+json`. */
  mediaType: Scalars['String']['output'];
  /** Its file name. */
  name: Scalars['String']['output'];
  /** The sha256 of its bytes, hex (null for an upload whose bytes have not arrived). */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Its size in bytes (null for an upload whose bytes have not arrived). */
  sizeBytes?: Maybe<Scalars['Int']['output']>;
};

/** What an artifact holds. */
export type ArtifactKind =
  /** A coverage report (lcov or Cobertura). */
  | 'COVERAGE'
  /** The module dependency graph (JSON). */
  | 'GRAPH'
  /** A JUnit XML test report. */
  | 'JUNIT'
  /** A log. */
  | 'LOG'
  /** A patch. */
  | 'PATCH'
  /** A task's normalised output (findings and figures, JSON). */
  | 'REPORT'
  /** A SARIF 2.1.0 report. */
  | 'SARIF'
  /** The analysed source (tar.gz or zip). */
  | 'SOURCE_ARCHIVE';

/** An upload to prepare. */
export type CreateAnalysisUploadInput = {
  /** The file name (1 to 255 characters, no `/`), e.g. `semgrep.sarif`. */
  fileName: Scalars['String']['input'];
  /** What is uploaded. */
  kind: AnalysisUploadKind;
  /** The organization that owns the project. */
  organizationId: Scalars['ID']['input'];
  /** The project the upload is for. */
  projectId: Scalars['ID']['input'];
};

/** A problem in a project's code, identified across versions by its fingerprint. */
export type Finding = {
  __typename?: 'Finding';
  /** A coarse kind: `security`, `correctness`, `maintainability`, `style`, `architecture`… */
  category: Scalars['String']['output'];
  /** Last line, 1-based. */
  endLine?: Maybe<Scalars['Int']['output']>;
  /** Stable across versions: SARIF `partialFingerprints` when the tool gave them, else sha256 of rule, path and the normalised source snippet. */
  fingerprint: Scalars['String']['output'];
  /** When an analysis first saw it. */
  firstSeenAt: Scalars['DateTime']['output'];
  /** The version of the analysis that first saw it. */
  firstSeenVersion?: Maybe<ProjectVersion>;
  /** Stable identifier of the finding. */
  id: Scalars['ID']['output'];
  /** When it was ignored. */
  ignoredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who ignored it; null when an API key did (or it is not ignored). */
  ignoredBy?: Maybe<User>;
  /** Why it is ignored. */
  ignoredReason?: Maybe<Scalars['String']['output']>;
  /** When the ignore ends (null: for good). */
  ignoredUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the project's production version does not have it (SonarQube's "new code"): in no analysis of that version. */
  isNew: Scalars['Boolean']['output'];
  /** When an analysis last saw it. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The version of the analysis that last saw it. */
  lastSeenVersion?: Maybe<ProjectVersion>;
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** The file, relative to the source's root (empty for a finding about the whole tree). */
  path: Scalars['String']['output'];
  /** The project. */
  project: Project;
  /** The tool's rule, e.g. `no-eval`. */
  rule: Scalars['String']['output'];
  /** How bad it is. */
  severity: FindingSeverity;
  /** First line, 1-based. */
  startLine?: Maybe<Scalars['Int']['output']>;
  /** Where it is in its life. */
  status: FindingStatus;
  /** The tool that reported it, e.g. `eslint`, `Semgrep`. */
  tool: Scalars['String']['output'];
};

/** A page of findings. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The findings of this page. */
  edges: Array<FindingEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One finding in a page. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The finding. */
  node: Finding;
};

/** Narrows a list of findings. */
export type FindingFilter = {
  /** Only this category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only findings new against the project's production version. */
  newOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only files under this path (a folder, or one file). */
  pathPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only these severities. */
  severities?: InputMaybe<Array<FindingSeverity>>;
  /** Only findings in this state. */
  status?: InputMaybe<FindingStatus>;
};

/** How bad a finding is. */
export type FindingSeverity =
  /** Must be fixed before release (e.g. a security problem). */
  | 'CRITICAL'
  /** Informational. */
  | 'INFO'
  /** Should be fixed (a likely bug, an error-level rule, a dependency cycle). */
  | 'MAJOR'
  /** Worth fixing (a warning-level rule). */
  | 'MINOR';

/** Where a finding is in its life across the project's analyses. */
export type FindingStatus =
  /** A later analysis of a version with the same tool no longer sees it. */
  | 'FIXED'
  /** Accepted by someone, with a reason (until a date, or for good). */
  | 'IGNORED'
  /** Seen by the latest analysis that looked for it. */
  | 'OPEN';

/** Counts of a version's findings from its latest finished analysis. */
export type FindingsSummary = {
  __typename?: 'FindingsSummary';
  /** Findings by severity, CRITICAL first. */
  bySeverity: Array<SeverityCount>;
  /** Of those, new against the production version. */
  new: Scalars['Int']['output'];
  /** New findings of severity CRITICAL. */
  newCritical: Scalars['Int']['output'];
  /** The analysis counted. */
  session: AnalysisSession;
  /** Findings it saw. */
  total: Scalars['Int']['output'];
};

/** A finding to ignore. */
export type IgnoreFindingInput = {
  /** The finding. */
  findingId: Scalars['ID']['input'];
  /** Why (1 to 1,000 characters). */
  reason: Scalars['String']['input'];
  /** When the ignore ends (in the future); omitted: for good. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A module of the dependency graph with its coupling. */
export type ModuleDependencyMetrics = {
  __typename?: 'ModuleDependencyMetrics';
  /** Afferent coupling: modules of the tree that depend on it. */
  afferent: Scalars['Int']['output'];
  /** Efferent coupling: modules of the tree it depends on. */
  efferent: Scalars['Int']['output'];
  /** Whether it is part of a dependency cycle. */
  inCycle: Scalars['Boolean']['output'];
  /** Instability: efferent / (afferent + efferent), 0 to 1. */
  instability: Scalars['Float']['output'];
  /** The module's path. */
  path: Scalars['String']['output'];
};

/** A page of modules. */
export type ModuleDependencyMetricsConnection = {
  __typename?: 'ModuleDependencyMetricsConnection';
  /** The modules of this page. */
  edges: Array<ModuleDependencyMetricsEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One module in a page. */
export type ModuleDependencyMetricsEdge = {
  __typename?: 'ModuleDependencyMetricsEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The module. */
  node: ModuleDependencyMetrics;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a session that has not finished: running tasks stop within seconds, queued ones never start. A finished session is CONFLICT. */
  cancelAnalysis: AnalysisSession;
  /** Prepares an upload of a source archive or a CI report for the project. Needs `analysis:run`. */
  createAnalysisUpload: AnalysisUpload;
  /** Ignores a finding with a reason (until a date, or for good). Needs `analysis:run`. */
  ignoreFinding: Finding;
  /** Reopens an ignored finding. Needs `analysis:run`. */
  reopenFinding: Finding;
  /** Starts a new session with the same source, reports and kinds; unchanged inputs reuse cached results. */
  rerunAnalysis: AnalysisSession;
  /** Starts an analysis: one task per analyzer, queued at once, run in parallel across workers. Needs `analysis:run`. */
  startAnalysis: AnalysisSession;
};


export type MutationCancelAnalysisArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationCreateAnalysisUploadArgs = {
  input: CreateAnalysisUploadInput;
};


export type MutationIgnoreFindingArgs = {
  input: IgnoreFindingInput;
};


export type MutationReopenFindingArgs = {
  findingId: Scalars['ID']['input'];
};


export type MutationRerunAnalysisArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationStartAnalysisArgs = {
  input: StartAnalysisInput;
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

/** A project (owned by the projects subgraph). */
export type Project = {
  __typename?: 'Project';
  /** Stable identifier of the project. */
  id: Scalars['ID']['output'];
};

export type ProjectVersion = {
  __typename?: 'ProjectVersion';
  /** Analyses of this version, newest first (needs `analysis:read`). */
  analyses: AnalysisSessionConnection;
  /** The values of the version's latest finished analysis that the quality gate reads. */
  analysisMeasurements?: Maybe<AnalysisMeasurements>;
  /** Counts of the findings of the version's latest finished analysis (null without one, or without `analysis:read`). */
  findingsSummary?: Maybe<FindingsSummary>;
  /** Stable identifier of the version. */
  id: Scalars['ID']['output'];
};


export type ProjectVersionAnalysesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A pull request of a connected repository (owned by the repos subgraph). */
export type PullRequest = {
  __typename?: 'PullRequest';
  /** Stable identifier of the pull request. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One session by id (null when the caller may not read it). */
  analysisSession?: Maybe<AnalysisSession>;
  /** A project's sessions, newest first. Needs `analysis:read`. */
  analysisSessions: AnalysisSessionConnection;
  /** One finding by id (null when the caller may not read it). */
  finding?: Maybe<Finding>;
  /** A project's findings across its analyses, most severe first. Needs `analysis:read`. */
  findings: FindingConnection;
};


export type QueryAnalysisSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnalysisSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnalysisSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};

/** A connected repository (owned by the repos subgraph). */
export type Repository = {
  __typename?: 'Repository';
  /** Stable identifier of the repository. */
  id: Scalars['ID']['output'];
};

/** How many findings of a severity. */
export type SeverityCount = {
  __typename?: 'SeverityCount';
  /** Findings of that severity. */
  count: Scalars['Int']['output'];
  /** The severity. */
  severity: FindingSeverity;
};

/** An analysis to start. */
export type StartAnalysisInput = {
  /** The kinds to run. Default: STATIC and GRAPH with a source, IMPORT for SARIF reports, DYNAMIC for JUnit and coverage reports. */
  kinds?: InputMaybe<Array<AnalysisKind>>;
  /** The organization that owns the project. */
  organizationId: Scalars['ID']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /**
   * A pull request of the source's repository (with `source.repositoryId`): coverage reports then also measure
   * the lines it changed (`new_code_coverage`), and the session's new findings are published on it as a review
   * with a check run whose conclusion is the project's quality gate.
   */
  pullRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** CI reports to import: uploads of kind SARIF, JUNIT or COVERAGE whose bytes have arrived (at most 20). */
  reportUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The source, for STATIC and GRAPH. */
  source?: InputMaybe<AnalysisSourceInput>;
  /** The version analysed (its findings and figures then count for its quality gate). */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every state change of the session and of each of its tasks, until it finishes. Needs `analysis:read`. */
  analysisProgress: AnalysisSession;
};


export type SubscriptionAnalysisProgressArgs = {
  sessionId: Scalars['ID']['input'];
};

/** A person with a Steward account (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
};

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
  AnalysisSession: AnalysisSession;
  Finding: Finding;
  ProjectVersion: ProjectVersion;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AnalysisSession:
    ( { __typename: 'AnalysisSession' }
    & GraphQLRecursivePick<FederationTypes['AnalysisSession'], {"id":true}> );
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  ProjectVersion:
    ( { __typename: 'ProjectVersion' }
    & GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalysisKind: AnalysisKind;
  AnalysisMeasurements: ResolverTypeWrapper<MeasurementsMapped>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AnalysisSession: ResolverTypeWrapper<AnalysisSessionMapped>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnalysisSessionConnection: ResolverTypeWrapper<Omit<AnalysisSessionConnection, 'edges'> & { edges: Array<ResolversTypes['AnalysisSessionEdge']> }>;
  AnalysisSessionEdge: ResolverTypeWrapper<Omit<AnalysisSessionEdge, 'node'> & { node: ResolversTypes['AnalysisSession'] }>;
  AnalysisSessionFilter: AnalysisSessionFilter;
  AnalysisSourceInput: AnalysisSourceInput;
  AnalysisStatus: AnalysisStatus;
  AnalysisSummary: ResolverTypeWrapper<SummaryViewMapped>;
  AnalysisTask: ResolverTypeWrapper<AnalysisTaskMapped>;
  AnalysisTaskCache: ResolverTypeWrapper<AnalysisTaskCache>;
  AnalysisTaskStatus: AnalysisTaskStatus;
  AnalysisUpload: ResolverTypeWrapper<UploadSlotMapped>;
  AnalysisUploadKind: AnalysisUploadKind;
  Artifact: ResolverTypeWrapper<ArtifactMapped>;
  ArtifactKind: ArtifactKind;
  CreateAnalysisUploadInput: CreateAnalysisUploadInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Finding: ResolverTypeWrapper<FindingMapped>;
  FindingConnection: ResolverTypeWrapper<Omit<FindingConnection, 'edges'> & { edges: Array<ResolversTypes['FindingEdge']> }>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingFilter: FindingFilter;
  FindingSeverity: FindingSeverity;
  FindingStatus: FindingStatus;
  FindingsSummary: ResolverTypeWrapper<FindingsSummaryViewMapped>;
  IgnoreFindingInput: IgnoreFindingInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  ModuleDependencyMetrics: ResolverTypeWrapper<ModuleMetricsRowMapped>;
  ModuleDependencyMetricsConnection: ResolverTypeWrapper<Omit<ModuleDependencyMetricsConnection, 'edges'> & { edges: Array<ResolversTypes['ModuleDependencyMetricsEdge']> }>;
  ModuleDependencyMetricsEdge: ResolverTypeWrapper<Omit<ModuleDependencyMetricsEdge, 'node'> & { node: ResolversTypes['ModuleDependencyMetrics'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityReferenceMapped>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<EntityReferenceMapped>;
  ProjectVersion: ResolverTypeWrapper<EntityReferenceMapped>;
  PullRequest: ResolverTypeWrapper<EntityReferenceMapped>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Repository: ResolverTypeWrapper<EntityReferenceMapped>;
  SeverityCount: ResolverTypeWrapper<SeverityCount>;
  StartAnalysisInput: StartAnalysisInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<EntityReferenceMapped>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalysisMeasurements: MeasurementsMapped;
  Float: Scalars['Float']['output'];
  AnalysisSession: AnalysisSessionMapped;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AnalysisSessionConnection: Omit<AnalysisSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnalysisSessionEdge']> };
  AnalysisSessionEdge: Omit<AnalysisSessionEdge, 'node'> & { node: ResolversParentTypes['AnalysisSession'] };
  AnalysisSessionFilter: AnalysisSessionFilter;
  AnalysisSourceInput: AnalysisSourceInput;
  AnalysisSummary: SummaryViewMapped;
  AnalysisTask: AnalysisTaskMapped;
  AnalysisTaskCache: AnalysisTaskCache;
  AnalysisUpload: UploadSlotMapped;
  Artifact: ArtifactMapped;
  CreateAnalysisUploadInput: CreateAnalysisUploadInput;
  DateTime: Scalars['DateTime']['output'];
  Finding: FindingMapped;
  FindingConnection: Omit<FindingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FindingEdge']> };
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingFilter: FindingFilter;
  FindingsSummary: FindingsSummaryViewMapped;
  IgnoreFindingInput: IgnoreFindingInput;
  JSON: Scalars['JSON']['output'];
  ModuleDependencyMetrics: ModuleMetricsRowMapped;
  ModuleDependencyMetricsConnection: Omit<ModuleDependencyMetricsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ModuleDependencyMetricsEdge']> };
  ModuleDependencyMetricsEdge: Omit<ModuleDependencyMetricsEdge, 'node'> & { node: ResolversParentTypes['ModuleDependencyMetrics'] };
  Mutation: Record<PropertyKey, never>;
  Organization: EntityReferenceMapped;
  PageInfo: PageInfo;
  Project: EntityReferenceMapped;
  ProjectVersion: EntityReferenceMapped;
  PullRequest: EntityReferenceMapped;
  Query: Record<PropertyKey, never>;
  Repository: EntityReferenceMapped;
  SeverityCount: SeverityCount;
  StartAnalysisInput: StartAnalysisInput;
  Subscription: Record<PropertyKey, never>;
  User: EntityReferenceMapped;
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = AnalysisContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalysisMeasurementsResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisMeasurements'] = ResolversParentTypes['AnalysisMeasurements']> = ResolversObject<{
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dependencyCycles?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxCyclomaticComplexity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newCodeCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newCriticalFindings?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newFindings?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  testsFailed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AnalysisSessionResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisSession'] = ResolversParentTypes['AnalysisSession'], FederationReferenceType extends FederationReferenceTypes['AnalysisSession'] = FederationReferenceTypes['AnalysisSession']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AnalysisSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artifacts?: Resolver<Array<ResolversTypes['Artifact']>, ParentType, ContextType>;
  commitSha?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  dependencies?: Resolver<ResolversTypes['ModuleDependencyMetricsConnection'], ParentType, ContextType, Partial<AnalysisSessionDependenciesArgs>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, Partial<AnalysisSessionFindingsArgs>>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['AnalysisKind']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  pullRequest?: Resolver<Maybe<ResolversTypes['PullRequest']>, ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
  rerunOf?: Resolver<Maybe<ResolversTypes['AnalysisSession']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AnalysisStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['AnalysisSummary'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['AnalysisTask']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['ProjectVersion']>, ParentType, ContextType>;
  viewerCanCancel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AnalysisSessionConnectionResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisSessionConnection'] = ResolversParentTypes['AnalysisSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnalysisSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AnalysisSessionEdgeResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisSessionEdge'] = ResolversParentTypes['AnalysisSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnalysisSession'], ParentType, ContextType>;
}>;

export type AnalysisSummaryResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisSummary'] = ResolversParentTypes['AnalysisSummary']> = ResolversObject<{
  branchCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  cacheHits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dependencyCycles?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  filesAnalysed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxCyclomaticComplexity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  newCodeCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newCriticalFindings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newFindings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  savedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasksFailed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasksSucceeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  testsFailed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  testsPassed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  testsSkipped?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AnalysisTaskResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisTask'] = ResolversParentTypes['AnalysisTask']> = ResolversObject<{
  analyzer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  analyzerVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cache?: Resolver<Maybe<ResolversTypes['AnalysisTaskCache']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnalysisKind'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AnalysisTaskStatus'], ParentType, ContextType>;
}>;

export type AnalysisTaskCacheResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisTaskCache'] = ResolversParentTypes['AnalysisTaskCache']> = ResolversObject<{
  hit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reusedFromTaskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  savedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalysisUploadResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['AnalysisUpload'] = ResolversParentTypes['AnalysisUpload']> = ResolversObject<{
  artifact?: Resolver<ResolversTypes['Artifact'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ArtifactResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Artifact'] = ResolversParentTypes['Artifact']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrlExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArtifactKind'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FindingResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstSeenVersion?: Resolver<Maybe<ResolversTypes['ProjectVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ignoredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ignoredBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ignoredReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ignoredUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastSeenVersion?: Resolver<Maybe<ResolversTypes['ProjectVersion']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
  startLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FindingStatus'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type FindingsSummaryResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['FindingsSummary'] = ResolversParentTypes['FindingsSummary']> = ResolversObject<{
  bySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newCritical?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AnalysisSession'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type ModuleDependencyMetricsResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['ModuleDependencyMetrics'] = ResolversParentTypes['ModuleDependencyMetrics']> = ResolversObject<{
  afferent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  efferent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inCycle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModuleDependencyMetricsConnectionResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['ModuleDependencyMetricsConnection'] = ResolversParentTypes['ModuleDependencyMetricsConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleDependencyMetricsEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ModuleDependencyMetricsEdgeResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['ModuleDependencyMetricsEdge'] = ResolversParentTypes['ModuleDependencyMetricsEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModuleDependencyMetrics'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelAnalysis?: Resolver<ResolversTypes['AnalysisSession'], ParentType, ContextType, RequireFields<MutationCancelAnalysisArgs, 'sessionId'>>;
  createAnalysisUpload?: Resolver<ResolversTypes['AnalysisUpload'], ParentType, ContextType, RequireFields<MutationCreateAnalysisUploadArgs, 'input'>>;
  ignoreFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationIgnoreFindingArgs, 'input'>>;
  reopenFinding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType, RequireFields<MutationReopenFindingArgs, 'findingId'>>;
  rerunAnalysis?: Resolver<ResolversTypes['AnalysisSession'], ParentType, ContextType, RequireFields<MutationRerunAnalysisArgs, 'sessionId'>>;
  startAnalysis?: Resolver<ResolversTypes['AnalysisSession'], ParentType, ContextType, RequireFields<MutationStartAnalysisArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectVersionResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['ProjectVersion'] = ResolversParentTypes['ProjectVersion'], FederationReferenceType extends FederationReferenceTypes['ProjectVersion'] = FederationReferenceTypes['ProjectVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  analyses?: Resolver<ResolversTypes['AnalysisSessionConnection'], ParentType, ContextType, Partial<ProjectVersionAnalysesArgs>>;
  analysisMeasurements?: Resolver<Maybe<ResolversTypes['AnalysisMeasurements']>, ParentType, ContextType>;
  findingsSummary?: Resolver<Maybe<ResolversTypes['FindingsSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PullRequestResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['PullRequest'] = ResolversParentTypes['PullRequest']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  analysisSession?: Resolver<Maybe<ResolversTypes['AnalysisSession']>, ParentType, ContextType, RequireFields<QueryAnalysisSessionArgs, 'id'>>;
  analysisSessions?: Resolver<ResolversTypes['AnalysisSessionConnection'], ParentType, ContextType, RequireFields<QueryAnalysisSessionsArgs, 'projectId'>>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<QueryFindingArgs, 'id'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'projectId'>>;
}>;

export type RepositoryResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Repository'] = ResolversParentTypes['Repository']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SeverityCountResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['SeverityCount'] = ResolversParentTypes['SeverityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  analysisProgress?: SubscriptionResolver<ResolversTypes['AnalysisSession'], "analysisProgress", ParentType, ContextType, RequireFields<SubscriptionAnalysisProgressArgs, 'sessionId'>>;
}>;

export type UserResolvers<ContextType = AnalysisContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AnalysisContext> = ResolversObject<{
  AnalysisMeasurements?: AnalysisMeasurementsResolvers<ContextType>;
  AnalysisSession?: AnalysisSessionResolvers<ContextType>;
  AnalysisSessionConnection?: AnalysisSessionConnectionResolvers<ContextType>;
  AnalysisSessionEdge?: AnalysisSessionEdgeResolvers<ContextType>;
  AnalysisSummary?: AnalysisSummaryResolvers<ContextType>;
  AnalysisTask?: AnalysisTaskResolvers<ContextType>;
  AnalysisTaskCache?: AnalysisTaskCacheResolvers<ContextType>;
  AnalysisUpload?: AnalysisUploadResolvers<ContextType>;
  Artifact?: ArtifactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FindingsSummary?: FindingsSummaryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  ModuleDependencyMetrics?: ModuleDependencyMetricsResolvers<ContextType>;
  ModuleDependencyMetricsConnection?: ModuleDependencyMetricsConnectionResolvers<ContextType>;
  ModuleDependencyMetricsEdge?: ModuleDependencyMetricsEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectVersion?: ProjectVersionResolvers<ContextType>;
  PullRequest?: PullRequestResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Repository?: RepositoryResolvers<ContextType>;
  SeverityCount?: SeverityCountResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AnalysisContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
