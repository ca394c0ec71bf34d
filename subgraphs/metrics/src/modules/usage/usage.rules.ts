import { allow, type IRules } from '@steward/kernel';
import { holdsInArgument } from '../../rules.js';

/** Usage reads need `metrics:read`; the report's value types are only reachable through it. */
export const usageRules: IRules = {
  Query: { usage: holdsInArgument('metrics:read') },
  UsageReport: allow,
  UsageStats: allow,
  UsageBucket: allow,
  UsageGroup: allow,
  UsageGroupSeries: allow,
  // `Project.usage` and `ProjectVersion.usage` answer null unless the caller may read the owning organization's metrics.
  UsageSummary: allow,
};
