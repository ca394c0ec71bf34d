import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceMapped } from '@steward/kernel';
import type { ProjectRecord as ProjectRecordMapped } from '../modules/projects/project.entity.js';
import type { VersionRecord as VersionRecordMapped } from '../modules/versions/version.entity.js';
import type { VersionTransition as VersionTransitionMapped } from '../modules/versions/version-transition.entity.js';
import type { StageChange as StageChangeMapped } from '../modules/versions/version.service.js';
import type { BaselineRecord as BaselineRecordMapped } from '../modules/gates/baseline.entity.js';
import type { MeasurementRecord as MeasurementRecordMapped } from '../modules/gates/measurement.entity.js';
import type { BaselineGate as BaselineGateMapped, BaselineCondition as BaselineConditionMapped } from '../modules/gates/gate.service.js';
import type { VersionComparison as VersionComparisonMapped } from '../modules/compare/compare.service.js';
import type { ProjectsContext } from '../projects.context.js';
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

/** The kind of principal that made a change. */
export type ActorKind =
  /** An API key (a CI pipeline, a service); `actorApiKeyId` says which. */
  | 'API_KEY'
  /** A signed-in user; `actor` says who. */
  | 'USER';

/**
 * The values analysis measures for a version, as the quality gate reads them (the latest finished
 * analysis of the version). Owned by the analysis subgraph; projects reads them only to evaluate the
 * gate. Each one is the value of the baseline metric its description names.
 */
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

/**
 * A quality-gate condition of a project: "metric operator threshold" must hold for every version,
 * e.g. `error_rate LT 0.05`. One baseline per metric and severity.
 */
export type Baseline = {
  __typename?: 'Baseline';
  /** When the baseline was first set. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier of the baseline. */
  id: Scalars['ID']['output'];
  /** The measured metric, e.g. `cost_per_request`, `p95_latency_ms`, `error_rate` or `new_critical_findings`. */
  metric: Scalars['String']['output'];
  /** How the measured value must compare with the threshold. */
  operator: ComparisonOperator;
  /** The project whose gate this baseline belongs to. */
  project: Project;
  /** What a violation does to the gate. */
  severity: BaselineSeverity;
  /** The value the measurement is compared with. */
  threshold: Scalars['Float']['output'];
  /** When the baseline last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who last set the baseline; null when an API key did. */
  updatedBy?: Maybe<User>;
};

/** One baseline evaluated for two versions. */
export type BaselineComparison = {
  __typename?: 'BaselineComparison';
  /** The baseline. */
  baseline: Baseline;
  /** Whether the verdicts differ. */
  changed: Scalars['Boolean']['output'];
  /** Its evaluation for `from`. */
  from: GateCondition;
  /** Its evaluation for `to`. */
  to: GateCondition;
};

/** What a violated baseline does to the quality gate. */
export type BaselineSeverity =
  /** The gate fails (and promotion is refused). */
  | 'ERROR'
  /** The gate warns. */
  | 'WARN';

/** How a baseline compares a measured value with its threshold: the condition that must hold. */
export type ComparisonOperator =
  /** Measured value = threshold (exact). */
  | 'EQ'
  /** Measured value > threshold. */
  | 'GT'
  /** Measured value ≥ threshold. */
  | 'GTE'
  /** Measured value < threshold. */
  | 'LT'
  /** Measured value ≤ threshold. */
  | 'LTE'
  /** Measured value ≠ threshold (exact). */
  | 'NEQ';

/** One difference in the model configuration. */
export type ConfigChange = {
  __typename?: 'ConfigChange';
  /** The value in `from`; null when added. */
  from?: Maybe<Scalars['JSON']['output']>;
  /** Whether the value was added, removed or changed. */
  kind: ConfigChangeKind;
  /** Where the value lives, as a JSON Pointer (RFC 6901), e.g. `/parameters/temperature` or `/tools/0/name`. */
  path: Scalars['String']['output'];
  /** The value in `to`; null when removed. */
  to?: Maybe<Scalars['JSON']['output']>;
};

/** How a configuration value differs. */
export type ConfigChangeKind =
  /** Present only in `to`. */
  | 'ADDED'
  /** Present in both with different values. */
  | 'CHANGED'
  /** Present only in `from`. */
  | 'REMOVED';

/** What a new project needs. */
export type CreateProjectInput = {
  /** What the project is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organization that will own the project. */
  organizationId: Scalars['ID']['input'];
  /** Initial settings; defaults apply to omitted fields. */
  settings?: InputMaybe<ProjectSettingsInput>;
  /** URL-friendly name unique within the organization: 1 to 64 lower-case letters, digits and single hyphens. */
  slug: Scalars['String']['input'];
};

/** What a new version needs. Its content never changes afterwards. */
export type CreateVersionInput = {
  /** What changed, up to 20000 characters. */
  changelog: Scalars['String']['input'];
  /** The model configuration: a JSON object of at most 64 KiB and 20 levels of nesting. */
  modelConfig: Scalars['JSON']['input'];
  /** Name unique within the project, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The project the version belongs to. */
  projectId: Scalars['ID']['input'];
  /** The commit the version's code came from (a repository connected in the repos subgraph, of the same organization). */
  sourceRevision?: InputMaybe<SourceRevisionInput>;
};

/** A request to retire a version (V1 or V2 → V3). */
export type DegradeVersionInput = {
  /** Why, 1 to 1000 characters; kept in the history. */
  reason: Scalars['String']['input'];
  /** The version to retire. */
  versionId: Scalars['ID']['input'];
};

/** The quality-gate verdicts of two versions. */
export type GateComparison = {
  __typename?: 'GateComparison';
  /** The verdict for `from`. */
  from: GateStatus;
  /** The verdict for `to`. */
  to: GateStatus;
};

/** One baseline evaluated against one version. */
export type GateCondition = {
  __typename?: 'GateCondition';
  /** The version's measured value (live from metrics or analysis, else recorded), or null when there is none. */
  actualValue?: Maybe<Scalars['Float']['output']>;
  /** The baseline evaluated. */
  baseline: Baseline;
  /** The measured metric. */
  metric: Scalars['String']['output'];
  /** How the measured value must compare with the threshold. */
  operator: ComparisonOperator;
  /** The baseline's severity. */
  severity: BaselineSeverity;
  /** PASSED when the condition holds, WARN or FAILED (by severity) when it does not, NO_DATA without a value. */
  status: GateStatus;
  /** The threshold. */
  threshold: Scalars['Float']['output'];
};

/** The verdict of a quality gate, or of one of its conditions. */
export type GateStatus =
  /** An ERROR-severity condition is violated. */
  | 'FAILED'
  /** Nothing is violated, but at least one condition has no measured value. */
  | 'NO_DATA'
  /** Every condition holds (a gate without baselines passes). */
  | 'PASSED'
  /** A WARN-severity condition is violated, and no ERROR-severity one. */
  | 'WARN';

/** How a line of text differs. */
export type LineChangeKind =
  /** Only in `to`. */
  | 'ADDED'
  /** Only in `from`. */
  | 'REMOVED'
  /** In both. */
  | 'UNCHANGED';

/**
 * The values the metrics subgraph measures live for a version (owned by metrics; projects reads them
 * only to evaluate the gate). Each one is the value of a baseline metric: `errorRate` of `error_rate`,
 * `p95LatencyMs` of `p95_latency_ms`, `costPerRequestUsd` of `cost_per_request`.
 */
export type LiveMeasurements = {
  __typename?: 'LiveMeasurements';
  /** Cost per request in US dollars; null without usage. */
  costPerRequestUsd?: Maybe<Scalars['Float']['output']>;
  /** Errors / requests over the version's recorded usage; null without usage. */
  errorRate?: Maybe<Scalars['Float']['output']>;
  /** 95th-percentile latency in milliseconds; null when no request reported one. */
  p95LatencyMs?: Maybe<Scalars['Float']['output']>;
};

/** A value measured for a version. */
export type Measurement = {
  __typename?: 'Measurement';
  /** The metric, e.g. `error_rate`. */
  metric: Scalars['String']['output'];
  /** When the value was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it; null when an API key did. */
  recordedBy?: Maybe<User>;
  /** The measured value. */
  value: Scalars['Float']['output'];
};

/** One measured value. */
export type MeasurementInput = {
  /** The metric: a lower-case letter followed by up to 63 lower-case letters, digits or underscores. */
  metric: Scalars['String']['input'];
  /** The measured value, a finite number. */
  value: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a project: it stays readable but nothing in it can change. Needs `project:archive`. */
  archiveProject: Project;
  /** Creates a project in an organization. Needs `project:write` there. */
  createProject: Project;
  /** Creates a candidate (V1) version. Needs `version:create`; refused while the project is archived. */
  createVersion: ProjectVersion;
  /** Retires a version (V1 or V2 → V3). Needs `version:promote`. */
  degradeVersion: ProjectVersion;
  /**
   * Promotes a V1 to V2 and retires the current V2 in the same transaction. Refused with GATE_FAILED when
   * the quality gate fails (or warns / lacks data, when the project's settings say so) unless `force` is set.
   * Needs `version:promote`.
   */
  promoteVersion: StageChangePayload;
  /**
   * Records measured values for a version (until a metrics subgraph supplies them). Needs `version:create`;
   * refused while the project is archived.
   */
  recordVersionMeasurements: ProjectVersion;
  /** Removes a baseline and returns its project. Needs `baseline:manage`; refused while archived. */
  removeBaseline: Project;
  /**
   * Re-promotes the retired version that most recently left production, retiring the current V2 if any.
   * The quality gate is not checked: a rollback restores a version that already ran in production.
   * Needs `version:promote`.
   */
  rollbackVersion: StageChangePayload;
  /** Sets (or replaces) a baseline of a project's quality gate. Needs `baseline:manage`; refused while archived. */
  setBaseline: Baseline;
  /** Makes an archived project writable again. Needs `project:archive`. */
  unarchiveProject: Project;
  /** Changes a project's name, slug, description or settings. Needs `project:write`; refused while archived. */
  updateProject: Project;
};


export type MutationArchiveProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateVersionArgs = {
  input: CreateVersionInput;
};


export type MutationDegradeVersionArgs = {
  input: DegradeVersionInput;
};


export type MutationPromoteVersionArgs = {
  input: PromoteVersionInput;
};


export type MutationRecordVersionMeasurementsArgs = {
  input: RecordVersionMeasurementsInput;
};


export type MutationRemoveBaselineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollbackVersionArgs = {
  input: RollbackVersionInput;
};


export type MutationSetBaselineArgs = {
  input: SetBaselineInput;
};


export type MutationUnarchiveProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};

/** An organization (owned by the organizations subgraph); projects adds its projects. */
export type Organization = {
  __typename?: 'Organization';
  /** Stable identifier of the organization. */
  id: Scalars['ID']['output'];
  /** The organization's projects ordered by slug; null when the caller may not see projects here. */
  projects?: Maybe<ProjectConnection>;
};


/** An organization (owned by the organizations subgraph); projects adds its projects. */
export type OrganizationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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

/**
 * A unit of AI-assisted work owned by one organization. It holds immutable versions that move through
 * stages, the baselines its quality gate checks, and its settings. An archived project is read-only.
 */
export type Project = {
  __typename?: 'Project';
  /** Whether the project is archived (read-only until unarchived). */
  archived: Scalars['Boolean']['output'];
  /** When the project was archived, or null when it is active. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The quality-gate baselines, ordered by metric and severity (at most 100). */
  baselines: Array<Baseline>;
  /** When the project was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the project; null when it was created by an API key. */
  createdBy?: Maybe<User>;
  /** The version in production (V2), or null when there is none. */
  currentVersion?: Maybe<ProjectVersion>;
  /** What the project is about (may be empty). */
  description: Scalars['String']['output'];
  /** Stable identifier of the project. */
  id: Scalars['ID']['output'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The organization that owns the project; its members' roles decide who may do what here. */
  organization: Organization;
  /** The project's settings document (see `ProjectSettingsInput` for its shape), with defaults filled in. */
  settings: Scalars['JSON']['output'];
  /** URL-friendly name, unique within the organization: lower-case letters, digits and single hyphens. */
  slug: Scalars['String']['output'];
  /** When the project's name, slug, description, settings or archive state last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The project's versions, newest first. */
  versions: ProjectVersionConnection;
  /** Whether the caller may archive or unarchive the project. */
  viewerCanArchive: Scalars['Boolean']['output'];
  /** Whether the caller may create versions and record their measurements (false while archived). */
  viewerCanCreateVersion: Scalars['Boolean']['output'];
  /** Whether the caller may promote a version whose quality gate fails. */
  viewerCanForcePromote: Scalars['Boolean']['output'];
  /** Whether the caller may set and remove baselines (false while archived). */
  viewerCanManageBaselines: Scalars['Boolean']['output'];
  /** Whether the caller may promote, retire and roll back versions (false while archived). */
  viewerCanPromote: Scalars['Boolean']['output'];
  /** Whether the caller may change the project's name, slug, description and settings (false while archived). */
  viewerCanWrite: Scalars['Boolean']['output'];
};


/**
 * A unit of AI-assisted work owned by one organization. It holds immutable versions that move through
 * stages, the baselines its quality gate checks, and its settings. An archived project is read-only.
 */
export type ProjectVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stages?: InputMaybe<Array<VersionStage>>;
};

/** A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The projects of this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One project in a page. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque position of this project in the list. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** A link shown with a project. */
export type ProjectLinkInput = {
  /** What the link points to, 1 to 100 characters. */
  title: Scalars['String']['input'];
  /** An absolute https URL of up to 2048 characters. */
  url: Scalars['String']['input'];
};

/** The settings document of a project. Every field is optional; omitted fields keep their defaults. */
export type ProjectSettingsInput = {
  /** Refuse to promote a version whose quality gate is NO_DATA (default false). */
  blockPromotionOnNoData?: InputMaybe<Scalars['Boolean']['input']>;
  /** Refuse to promote a version whose quality gate is WARN, not only FAILED (default false). */
  blockPromotionOnWarn?: InputMaybe<Scalars['Boolean']['input']>;
  /** The model the project mainly uses, e.g. `gpt-4o` (up to 100 characters). */
  defaultModel?: InputMaybe<Scalars['String']['input']>;
  /** Free-form labels (up to 20, each 1 to 40 lower-case letters, digits, `-` or `_`). */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Links shown with the project (up to 10): a title and an https URL. */
  links?: InputMaybe<Array<ProjectLinkInput>>;
};

/**
 * An immutable snapshot of a project's model configuration with a changelog. Only its stage moves,
 * and every move is kept in its history.
 */
export type ProjectVersion = {
  __typename?: 'ProjectVersion';
  /** The values of the version's latest finished analysis, resolved by the analysis subgraph (see there). */
  analysisMeasurements?: Maybe<AnalysisMeasurements>;
  /** What changed in this version (never changes). */
  changelog: Scalars['String']['output'];
  /** When the version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the version; null when it was created by an API key. */
  createdBy?: Maybe<User>;
  /**
   * The quality gate: the project's baselines evaluated against this version's measured values. A
   * baseline on `error_rate`, `p95_latency_ms` or `cost_per_request` evaluates the live value the metrics
   * subgraph measures from the version's recorded LLM usage; one on `new_critical_findings`,
   * `new_findings`, `coverage`, `new_code_coverage`, `max_cyclomatic_complexity`, `dependency_cycles` or
   * `tests_failed` evaluates the value of the version's latest finished analysis (analysis subgraph).
   * Where neither has a value (no usage, no finished analysis) the value recorded with
   * `recordVersionMeasurements` counts. Live wins over recorded; other metrics use the recorded values
   * only. `promoteVersion` decides on the same values.
   */
  gate: QualityGate;
  /** Every stage change of this version, oldest first, starting with its creation. */
  history: VersionTransitionConnection;
  /** Stable identifier of the version. */
  id: Scalars['ID']['output'];
  /** The version's live values, resolved by the metrics subgraph (see there). */
  liveMeasurements?: Maybe<LiveMeasurements>;
  /** The values measured for this version, ordered by metric (at most 100). */
  measurements: Array<Measurement>;
  /** The model configuration this version ships (a JSON object; never changes). */
  modelConfig: Scalars['JSON']['output'];
  /** Name of the version, unique within the project (e.g. `2026-06 prompt v3`). */
  name: Scalars['String']['output'];
  /** Sequence number within the project, starting at 1. */
  number: Scalars['Int']['output'];
  /** The project the version belongs to. */
  project: Project;
  /** The commit the version's code came from, when it was recorded at creation. */
  sourceRevision?: Maybe<SourceRevision>;
  /** The current stage. */
  stage: VersionStage;
  /** When the stage last changed (the creation time for a new version). */
  stageChangedAt: Scalars['DateTime']['output'];
  /** Whether the caller may retire this version now (it is V1 or V2 in an active project). */
  viewerCanDegrade: Scalars['Boolean']['output'];
  /** Whether the caller may promote this version despite a failing quality gate (`version:force-promote`). */
  viewerCanForcePromote: Scalars['Boolean']['output'];
  /** Whether the caller may promote this version now (it is a V1 in an active project and the caller holds `version:promote`). */
  viewerCanPromote: Scalars['Boolean']['output'];
  /** Whether the caller may record measurements for this version (false while the project is archived). */
  viewerCanRecordMeasurements: Scalars['Boolean']['output'];
};


/**
 * An immutable snapshot of a project's model configuration with a changelog. Only its stage moves,
 * and every move is kept in its history.
 */
export type ProjectVersionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of versions. */
export type ProjectVersionConnection = {
  __typename?: 'ProjectVersionConnection';
  /** The versions of this page with their cursors. */
  edges: Array<ProjectVersionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One version in a page. */
export type ProjectVersionEdge = {
  __typename?: 'ProjectVersionEdge';
  /** Opaque position of this version in the list. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: ProjectVersion;
};

/** A request to promote a candidate (V1) to production (V2). */
export type PromoteVersionInput = {
  /**
   * Promote even though the quality gate blocks. Overriding a blocking gate needs `version:force-promote`
   * (FORBIDDEN otherwise) and is recorded in the history; with a gate that does not block, `force` changes nothing.
   */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why, 1 to 1000 characters; kept in the history. */
  reason: Scalars['String']['input'];
  /** The candidate to promote. */
  versionId: Scalars['ID']['input'];
};

/** A version's quality gate: every baseline of its project evaluated against the version's measured values. */
export type QualityGate = {
  __typename?: 'QualityGate';
  /** One entry per baseline, ordered by metric and severity. */
  conditions: Array<GateCondition>;
  /** The overall verdict: FAILED over WARN over NO_DATA over PASSED. */
  status: GateStatus;
};

export type Query = {
  __typename?: 'Query';
  /** Compares two versions of the same project. */
  compareVersions: VersionComparison;
  /** A project by id, or null when it does not exist or the caller may not see it. */
  project?: Maybe<Project>;
  /** A project by its slug within an organization, or null when there is none the caller may see. */
  projectBySlug?: Maybe<Project>;
  /** A version by id, or null when it does not exist or the caller may not see it. */
  projectVersion?: Maybe<ProjectVersion>;
  /** The projects of an organization, ordered by slug. */
  projects: ProjectConnection;
};


export type QueryCompareVersionsArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectBySlugArgs = {
  organizationId: Scalars['ID']['input'];
  slug: Scalars['String']['input'];
};


export type QueryProjectVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Measured values for a version; a metric recorded again replaces its previous value. */
export type RecordVersionMeasurementsInput = {
  /** The values, 1 to 100, each metric at most once. */
  values: Array<MeasurementInput>;
  /** The version measured. */
  versionId: Scalars['ID']['input'];
};

/** A repository connected in the repos subgraph. */
export type Repository = {
  __typename?: 'Repository';
  /** Stable identifier of the repository. */
  id: Scalars['ID']['output'];
};

/** A request to bring back the previous production version. */
export type RollbackVersionInput = {
  /** The project whose production version to roll back. */
  projectId: Scalars['ID']['input'];
  /** Why, 1 to 1000 characters; kept in the history. */
  reason: Scalars['String']['input'];
};

/** A baseline to set. Setting one for a metric and severity that already has one replaces it. */
export type SetBaselineInput = {
  /** The metric: a lower-case letter followed by up to 63 lower-case letters, digits or underscores. */
  metric: Scalars['String']['input'];
  /** How the measured value must compare with the threshold. */
  operator: ComparisonOperator;
  /** The project whose gate to change. */
  projectId: Scalars['ID']['input'];
  /** What a violation does to the gate (default ERROR). */
  severity?: InputMaybe<BaselineSeverity>;
  /** The threshold, a finite number. */
  threshold: Scalars['Float']['input'];
};

/** Where a version's code came from: a commit of a connected repository. */
export type SourceRevision = {
  __typename?: 'SourceRevision';
  /** The commit. */
  commitSha: Scalars['String']['output'];
  /** The repository (null when the caller may not read it). */
  repository?: Maybe<Repository>;
};

/** A commit of a connected repository. */
export type SourceRevisionInput = {
  /** The full commit SHA (40 or 64 hexadecimal digits). */
  commitSha: Scalars['String']['input'];
  /** The repository (`Repository.id`). */
  repositoryId: Scalars['ID']['input'];
};

/** The result of a promotion or rollback. */
export type StageChangePayload = {
  __typename?: 'StageChangePayload';
  /** The version that left production as a consequence, or null when none was in production. */
  retiredVersion?: Maybe<ProjectVersion>;
  /** The version now in production. */
  version: ProjectVersion;
};

/** The stages of two versions. */
export type StageComparison = {
  __typename?: 'StageComparison';
  /** The stage of `from`. */
  from: VersionStage;
  /** The stage of `to`. */
  to: VersionStage;
};

/** A line-by-line difference of two texts. */
export type TextDiff = {
  __typename?: 'TextDiff';
  /** Whether the texts differ. */
  changed: Scalars['Boolean']['output'];
  /** The lines of both texts in order, each marked added, removed or unchanged. */
  lines: Array<TextLine>;
};

/** One line of a text difference. */
export type TextLine = {
  __typename?: 'TextLine';
  /** Whether the line was added, removed or kept. */
  kind: LineChangeKind;
  /** The line without its line break. */
  text: Scalars['String']['output'];
};

/** Changes to a project; omitted fields stay as they are. */
export type UpdateProjectInput = {
  /** New description, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The project to change. */
  id: Scalars['ID']['input'];
  /** New display name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A complete new settings document; it replaces the current one. */
  settings?: InputMaybe<ProjectSettingsInput>;
  /** New slug, unique within the organization. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** A person with a Steward account (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
};

/**
 * A structured difference between two versions of one project: model configuration, changelog, stage,
 * and every baseline's verdict for both.
 */
export type VersionComparison = {
  __typename?: 'VersionComparison';
  /** Each baseline of the project evaluated for both versions, ordered by metric and severity. */
  baselines: Array<BaselineComparison>;
  /** The changelogs, line by line. */
  changelog: TextDiff;
  /** The version compared from (the older one, usually). */
  from: ProjectVersion;
  /** Both quality-gate verdicts. */
  gate: GateComparison;
  /** Keys added, removed or changed in the model configuration, ordered by path. */
  modelConfig: Array<ConfigChange>;
  /** Both stages. */
  stage: StageComparison;
  /** The version compared to. */
  to: ProjectVersion;
};

/** Where a version stands in its project's lifecycle: V1 → V2 → V3, with at most one V2 per project. */
export type VersionStage =
  /** Candidate: created and under evaluation; may be promoted to V2 or retired to V3. */
  | 'V1'
  /** Production: the version in use. Promoting another version retires this one. */
  | 'V2'
  /** Retired: no longer in use. A retired version that was in production can come back by a rollback. */
  | 'V3';

/** One stage change of a version, with who made it and why. */
export type VersionTransition = {
  __typename?: 'VersionTransition';
  /** Who made the change; null when an API key did (see `actorKind` and `actorApiKeyId`). */
  actor?: Maybe<User>;
  /** The API key that made the change (its id, as in `Organization.apiKeys`); null when a person did. */
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  /** What kind of principal made the change: a person or an API key. */
  actorKind: ActorKind;
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** Whether a failing quality gate was overridden (`force: true`). */
  forced: Scalars['Boolean']['output'];
  /** The stage before; null for the creation of the version. */
  from?: Maybe<VersionStage>;
  /** The version's quality-gate status when the change was made; null for changes that do not check the gate. */
  gateStatus?: Maybe<GateStatus>;
  /** Opaque identifier of the entry. */
  id: Scalars['ID']['output'];
  /** What caused it: an explicit request, or a side effect of another version's promotion or rollback. */
  kind: VersionTransitionKind;
  /** Why the change was made. */
  reason: Scalars['String']['output'];
  /** The stage after. */
  to: VersionStage;
};

/** A page of a version's history. */
export type VersionTransitionConnection = {
  __typename?: 'VersionTransitionConnection';
  /** The entries of this page with their cursors. */
  edges: Array<VersionTransitionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One history entry in a page. */
export type VersionTransitionEdge = {
  __typename?: 'VersionTransitionEdge';
  /** Opaque position of this entry in the history. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: VersionTransition;
};

/** Why a stage changed. */
export type VersionTransitionKind =
  /** The version was created (as V1). */
  | 'CREATED'
  /** `degradeVersion` retired it. */
  | 'DEGRADED'
  /** `promoteVersion` moved it to V2. */
  | 'PROMOTED'
  /** `rollbackVersion` brought it back to V2. */
  | 'ROLLED_BACK'
  /** `rollbackVersion` retired it in favour of the previous production version. */
  | 'ROLLED_BACK_FROM'
  /** Another version was promoted, so this production version was retired. */
  | 'SUPERSEDED';

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
  Baseline: Baseline;
  Organization: Organization;
  Project: Project;
  ProjectVersion: ProjectVersion;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Baseline:
    ( { __typename: 'Baseline' }
    & GraphQLRecursivePick<FederationTypes['Baseline'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  ProjectVersion:
    ( { __typename: 'ProjectVersion' }
    & GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"liveMeasurements":{"errorRate":true,"p95LatencyMs":true,"costPerRequestUsd":true},"analysisMeasurements":{"newCriticalFindings":true,"newFindings":true,"coverage":true,"newCodeCoverage":true,"maxCyclomaticComplexity":true,"dependencyCycles":true,"testsFailed":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorKind: ActorKind;
  AnalysisMeasurements: ResolverTypeWrapper<AnalysisMeasurements>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Baseline: ResolverTypeWrapper<BaselineRecordMapped>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BaselineComparison: ResolverTypeWrapper<Omit<BaselineComparison, 'baseline' | 'from' | 'to'> & { baseline: ResolversTypes['Baseline'], from: ResolversTypes['GateCondition'], to: ResolversTypes['GateCondition'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BaselineSeverity: BaselineSeverity;
  ComparisonOperator: ComparisonOperator;
  ConfigChange: ResolverTypeWrapper<ConfigChange>;
  ConfigChangeKind: ConfigChangeKind;
  CreateProjectInput: CreateProjectInput;
  CreateVersionInput: CreateVersionInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DegradeVersionInput: DegradeVersionInput;
  GateComparison: ResolverTypeWrapper<GateComparison>;
  GateCondition: ResolverTypeWrapper<BaselineConditionMapped>;
  GateStatus: GateStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LineChangeKind: LineChangeKind;
  LiveMeasurements: ResolverTypeWrapper<LiveMeasurements>;
  Measurement: ResolverTypeWrapper<MeasurementRecordMapped>;
  MeasurementInput: MeasurementInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityReferenceMapped>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<ProjectRecordMapped>;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectLinkInput: ProjectLinkInput;
  ProjectSettingsInput: ProjectSettingsInput;
  ProjectVersion: ResolverTypeWrapper<VersionRecordMapped>;
  ProjectVersionConnection: ResolverTypeWrapper<Omit<ProjectVersionConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectVersionEdge']> }>;
  ProjectVersionEdge: ResolverTypeWrapper<Omit<ProjectVersionEdge, 'node'> & { node: ResolversTypes['ProjectVersion'] }>;
  PromoteVersionInput: PromoteVersionInput;
  QualityGate: ResolverTypeWrapper<BaselineGateMapped>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordVersionMeasurementsInput: RecordVersionMeasurementsInput;
  Repository: ResolverTypeWrapper<Repository>;
  RollbackVersionInput: RollbackVersionInput;
  SetBaselineInput: SetBaselineInput;
  SourceRevision: ResolverTypeWrapper<SourceRevision>;
  SourceRevisionInput: SourceRevisionInput;
  StageChangePayload: ResolverTypeWrapper<StageChangeMapped>;
  StageComparison: ResolverTypeWrapper<StageComparison>;
  TextDiff: ResolverTypeWrapper<TextDiff>;
  TextLine: ResolverTypeWrapper<TextLine>;
  UpdateProjectInput: UpdateProjectInput;
  User: ResolverTypeWrapper<EntityReferenceMapped>;
  VersionComparison: ResolverTypeWrapper<VersionComparisonMapped>;
  VersionStage: VersionStage;
  VersionTransition: ResolverTypeWrapper<VersionTransitionMapped>;
  VersionTransitionConnection: ResolverTypeWrapper<Omit<VersionTransitionConnection, 'edges'> & { edges: Array<ResolversTypes['VersionTransitionEdge']> }>;
  VersionTransitionEdge: ResolverTypeWrapper<Omit<VersionTransitionEdge, 'node'> & { node: ResolversTypes['VersionTransition'] }>;
  VersionTransitionKind: VersionTransitionKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalysisMeasurements: AnalysisMeasurements;
  Float: Scalars['Float']['output'];
  Baseline: BaselineRecordMapped;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  BaselineComparison: Omit<BaselineComparison, 'baseline' | 'from' | 'to'> & { baseline: ResolversParentTypes['Baseline'], from: ResolversParentTypes['GateCondition'], to: ResolversParentTypes['GateCondition'] };
  Boolean: Scalars['Boolean']['output'];
  ConfigChange: ConfigChange;
  CreateProjectInput: CreateProjectInput;
  CreateVersionInput: CreateVersionInput;
  DateTime: Scalars['DateTime']['output'];
  DegradeVersionInput: DegradeVersionInput;
  GateComparison: GateComparison;
  GateCondition: BaselineConditionMapped;
  JSON: Scalars['JSON']['output'];
  LiveMeasurements: LiveMeasurements;
  Measurement: MeasurementRecordMapped;
  MeasurementInput: MeasurementInput;
  Mutation: Record<PropertyKey, never>;
  Organization: EntityReferenceMapped;
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Project: ProjectRecordMapped;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectLinkInput: ProjectLinkInput;
  ProjectSettingsInput: ProjectSettingsInput;
  ProjectVersion: VersionRecordMapped;
  ProjectVersionConnection: Omit<ProjectVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectVersionEdge']> };
  ProjectVersionEdge: Omit<ProjectVersionEdge, 'node'> & { node: ResolversParentTypes['ProjectVersion'] };
  PromoteVersionInput: PromoteVersionInput;
  QualityGate: BaselineGateMapped;
  Query: Record<PropertyKey, never>;
  RecordVersionMeasurementsInput: RecordVersionMeasurementsInput;
  Repository: Repository;
  RollbackVersionInput: RollbackVersionInput;
  SetBaselineInput: SetBaselineInput;
  SourceRevision: SourceRevision;
  SourceRevisionInput: SourceRevisionInput;
  StageChangePayload: StageChangeMapped;
  StageComparison: StageComparison;
  TextDiff: TextDiff;
  TextLine: TextLine;
  UpdateProjectInput: UpdateProjectInput;
  User: EntityReferenceMapped;
  VersionComparison: VersionComparisonMapped;
  VersionTransition: VersionTransitionMapped;
  VersionTransitionConnection: Omit<VersionTransitionConnection, 'edges'> & { edges: Array<ResolversParentTypes['VersionTransitionEdge']> };
  VersionTransitionEdge: Omit<VersionTransitionEdge, 'node'> & { node: ResolversParentTypes['VersionTransition'] };
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalysisMeasurementsResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AnalysisMeasurements'] = ResolversParentTypes['AnalysisMeasurements']> = ResolversObject<{
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dependencyCycles?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxCyclomaticComplexity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newCodeCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newCriticalFindings?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newFindings?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  testsFailed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type BaselineResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline'], FederationReferenceType extends FederationReferenceTypes['Baseline'] = FederationReferenceTypes['Baseline']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Baseline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['ComparisonOperator'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['BaselineSeverity'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type BaselineComparisonResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['BaselineComparison'] = ResolversParentTypes['BaselineComparison']> = ResolversObject<{
  baseline?: Resolver<ResolversTypes['Baseline'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['GateCondition'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GateCondition'], ParentType, ContextType>;
}>;

export type ConfigChangeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ConfigChange'] = ResolversParentTypes['ConfigChange']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConfigChangeKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GateComparisonResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['GateComparison'] = ResolversParentTypes['GateComparison']> = ResolversObject<{
  from?: Resolver<ResolversTypes['GateStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GateStatus'], ParentType, ContextType>;
}>;

export type GateConditionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['GateCondition'] = ResolversParentTypes['GateCondition']> = ResolversObject<{
  actualValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['Baseline'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['ComparisonOperator'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['BaselineSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GateStatus'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LiveMeasurementsResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['LiveMeasurements'] = ResolversParentTypes['LiveMeasurements']> = ResolversObject<{
  costPerRequestUsd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errorRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p95LatencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MeasurementResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement']> = ResolversObject<{
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationArchiveProjectArgs, 'id'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createVersion?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType, RequireFields<MutationCreateVersionArgs, 'input'>>;
  degradeVersion?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType, RequireFields<MutationDegradeVersionArgs, 'input'>>;
  promoteVersion?: Resolver<ResolversTypes['StageChangePayload'], ParentType, ContextType, RequireFields<MutationPromoteVersionArgs, 'input'>>;
  recordVersionMeasurements?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType, RequireFields<MutationRecordVersionMeasurementsArgs, 'input'>>;
  removeBaseline?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationRemoveBaselineArgs, 'id'>>;
  rollbackVersion?: Resolver<ResolversTypes['StageChangePayload'], ParentType, ContextType, RequireFields<MutationRollbackVersionArgs, 'input'>>;
  setBaseline?: Resolver<ResolversTypes['Baseline'], ParentType, ContextType, RequireFields<MutationSetBaselineArgs, 'input'>>;
  unarchiveProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUnarchiveProjectArgs, 'id'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'first' | 'includeArchived'>>;
}>;

export type PageInfoResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  baselines?: Resolver<Array<ResolversTypes['Baseline']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  currentVersion?: Resolver<Maybe<ResolversTypes['ProjectVersion']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['ProjectVersionConnection'], ParentType, ContextType, RequireFields<ProjectVersionsArgs, 'first'>>;
  viewerCanArchive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanCreateVersion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanForcePromote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageBaselines?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanPromote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectVersionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectVersion'] = ResolversParentTypes['ProjectVersion'], FederationReferenceType extends FederationReferenceTypes['ProjectVersion'] = FederationReferenceTypes['ProjectVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changelog?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['QualityGate'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['VersionTransitionConnection'], ParentType, ContextType, RequireFields<ProjectVersionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  modelConfig?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  sourceRevision?: Resolver<Maybe<ResolversTypes['SourceRevision']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['VersionStage'], ParentType, ContextType>;
  stageChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanDegrade?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanForcePromote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanPromote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanRecordMeasurements?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectVersionConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectVersionConnection'] = ResolversParentTypes['ProjectVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProjectVersionEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectVersionEdge'] = ResolversParentTypes['ProjectVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType>;
}>;

export type QualityGateResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['QualityGate'] = ResolversParentTypes['QualityGate']> = ResolversObject<{
  conditions?: Resolver<Array<ResolversTypes['GateCondition']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GateStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compareVersions?: Resolver<ResolversTypes['VersionComparison'], ParentType, ContextType, RequireFields<QueryCompareVersionsArgs, 'fromId' | 'toId'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectBySlug?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectBySlugArgs, 'organizationId' | 'slug'>>;
  projectVersion?: Resolver<Maybe<ResolversTypes['ProjectVersion']>, ParentType, ContextType, RequireFields<QueryProjectVersionArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first' | 'includeArchived' | 'organizationId'>>;
}>;

export type RepositoryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Repository'] = ResolversParentTypes['Repository']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SourceRevisionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['SourceRevision'] = ResolversParentTypes['SourceRevision']> = ResolversObject<{
  commitSha?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repository?: Resolver<Maybe<ResolversTypes['Repository']>, ParentType, ContextType>;
}>;

export type StageChangePayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['StageChangePayload'] = ResolversParentTypes['StageChangePayload']> = ResolversObject<{
  retiredVersion?: Resolver<Maybe<ResolversTypes['ProjectVersion']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType>;
}>;

export type StageComparisonResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['StageComparison'] = ResolversParentTypes['StageComparison']> = ResolversObject<{
  from?: Resolver<ResolversTypes['VersionStage'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['VersionStage'], ParentType, ContextType>;
}>;

export type TextDiffResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TextDiff'] = ResolversParentTypes['TextDiff']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TextLine']>, ParentType, ContextType>;
}>;

export type TextLineResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TextLine'] = ResolversParentTypes['TextLine']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['LineChangeKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VersionComparisonResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['VersionComparison'] = ResolversParentTypes['VersionComparison']> = ResolversObject<{
  baselines?: Resolver<Array<ResolversTypes['BaselineComparison']>, ParentType, ContextType>;
  changelog?: Resolver<ResolversTypes['TextDiff'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['GateComparison'], ParentType, ContextType>;
  modelConfig?: Resolver<Array<ResolversTypes['ConfigChange']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['StageComparison'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ProjectVersion'], ParentType, ContextType>;
}>;

export type VersionTransitionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['VersionTransition'] = ResolversParentTypes['VersionTransition']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorApiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  forced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['VersionStage']>, ParentType, ContextType>;
  gateStatus?: Resolver<Maybe<ResolversTypes['GateStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VersionTransitionKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['VersionStage'], ParentType, ContextType>;
}>;

export type VersionTransitionConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['VersionTransitionConnection'] = ResolversParentTypes['VersionTransitionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VersionTransitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VersionTransitionEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['VersionTransitionEdge'] = ResolversParentTypes['VersionTransitionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VersionTransition'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ProjectsContext> = ResolversObject<{
  AnalysisMeasurements?: AnalysisMeasurementsResolvers<ContextType>;
  Baseline?: BaselineResolvers<ContextType>;
  BaselineComparison?: BaselineComparisonResolvers<ContextType>;
  ConfigChange?: ConfigChangeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GateComparison?: GateComparisonResolvers<ContextType>;
  GateCondition?: GateConditionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LiveMeasurements?: LiveMeasurementsResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectVersion?: ProjectVersionResolvers<ContextType>;
  ProjectVersionConnection?: ProjectVersionConnectionResolvers<ContextType>;
  ProjectVersionEdge?: ProjectVersionEdgeResolvers<ContextType>;
  QualityGate?: QualityGateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Repository?: RepositoryResolvers<ContextType>;
  SourceRevision?: SourceRevisionResolvers<ContextType>;
  StageChangePayload?: StageChangePayloadResolvers<ContextType>;
  StageComparison?: StageComparisonResolvers<ContextType>;
  TextDiff?: TextDiffResolvers<ContextType>;
  TextLine?: TextLineResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VersionComparison?: VersionComparisonResolvers<ContextType>;
  VersionTransition?: VersionTransitionResolvers<ContextType>;
  VersionTransitionConnection?: VersionTransitionConnectionResolvers<ContextType>;
  VersionTransitionEdge?: VersionTransitionEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ProjectsContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
