import type { ConsoleGateFragment, ConsoleVersionFactsFragment } from '@steward/client';
import { StatusBadge, formatCount, formatMs, formatUsd } from '../../ui/common';

/** Comparison operators as a sentence reads them ("must be at most 0.05"). */
const OPERATOR_TEXT: Record<string, string> = {
  LT: 'below',
  LTE: 'at most',
  GT: 'above',
  GTE: 'at least',
  EQ: 'equal to',
  NEQ: 'other than',
};

export const operatorText = (operator: string) => OPERATOR_TEXT[operator] ?? operator.toLowerCase();

/** A measured value as the gate read it; "no data" rather than a dash, since the gate's verdict depends on it. */
export const formatValue = (value: number | null | undefined) => (value === null || value === undefined ? 'no data' : String(value));

/**
 * Why a gate is what it is, one row per baseline condition. Passing gates show the same table: a
 * person checking a promotion wants to see the margins too.
 */
export function GateConditions({ gate, caption }: { gate: ConsoleGateFragment; caption: string }) {
  if (gate.conditions.length === 0) return <p className="hint">No baselines yet, so the gate has nothing to check. A baseline manager can add them with <code>setBaseline</code>.</p>;
  return (
    <div className="table-scroll">
      <table className="gate-conditions">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Must be</th>
            <th scope="col" className="number">Actual</th>
            <th scope="col">Status</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {gate.conditions.map((condition) => (
            <tr key={condition.baseline.id} data-metric={condition.metric}>
              <th scope="row">{condition.metric}</th>
              <td>
                {operatorText(condition.operator)} {condition.threshold}
              </td>
              <td className="number">{formatValue(condition.actualValue)}</td>
              <td>
                <StatusBadge status={condition.status} />
              </td>
              <td>{condition.severity.toLowerCase()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The findings of the version's latest analysis, or why there are none to show. */
export function findingsText(summary: ConsoleVersionFactsFragment['findingsSummary']): string {
  if (!summary) return 'No finished analysis (or your role cannot read analyses)';
  return `${formatCount(summary.total)} findings, ${formatCount(summary.new)} new (${formatCount(summary.newCritical)} new critical)`;
}

/** The version's standing against the organization's policies, or why there is none to show. */
export function policyText(status: ConsoleVersionFactsFragment['policyStatus']): string {
  if (!status) return 'Not available to your role';
  const outcome = status.outcome ? `last decision ${status.outcome.toLowerCase()}` : 'no promotion decision yet';
  return `${outcome}, ${formatCount(status.openViolations)} open violations`;
}

/** Cost, latency, findings and policy of a version as a description list. */
export function VersionFigures({ version }: { version: ConsoleVersionFactsFragment }) {
  const usage = version.usage;
  return (
    <dl className="figures">
      <div>
        <dt>Requests</dt>
        <dd>{usage ? formatCount(usage.requests) : 'Not available to your role'}</dd>
      </div>
      <div>
        <dt>Cost</dt>
        <dd>{usage ? formatUsd(usage.costUsd) : '—'}</dd>
      </div>
      <div>
        <dt>p95 latency</dt>
        <dd>{usage ? formatMs(usage.latencyP95Ms) : '—'}</dd>
      </div>
      <div>
        <dt>Findings</dt>
        <dd>{findingsText(version.findingsSummary)}</dd>
      </div>
      <div>
        <dt>Policy</dt>
        <dd>{policyText(version.policyStatus)}</dd>
      </div>
    </dl>
  );
}
