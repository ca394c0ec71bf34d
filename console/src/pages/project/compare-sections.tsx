import type { ReactNode } from 'react';
import type { ConsoleCompareVersionsQuery, ConsoleVersionFactsFragment } from '@steward/client';
import { EmptyState, StatusBadge, formatCount, formatMs, formatUsd } from '../../ui/common';
import { findingsText, formatValue, operatorText, policyText } from './version-facts';
import { stageText } from './versions-timeline';

type Comparison = ConsoleCompareVersionsQuery['compareVersions'];

const versionText = (version: ConsoleVersionFactsFragment) => `v${version.number} ${version.name}`;

/** A JSON value of the model configuration as it would be written; "absent" where one side has none. */
const jsonText = (value: unknown) => (value === null || value === undefined ? 'absent' : JSON.stringify(value));

/** The two versions' stage, gate, cost, latency, findings and policy standing, one row per fact. */
export function SideBySide({ comparison }: { comparison: Comparison }) {
  const { from, to } = comparison;
  const rows: [string, (version: ConsoleVersionFactsFragment) => ReactNode][] = [
    ['Stage', (version) => stageText(version.stage)],
    ['Quality gate', (version) => <StatusBadge status={version.gate.status} />],
    ['Requests', (version) => (version.usage ? formatCount(version.usage.requests) : 'Not available to your role')],
    ['Cost', (version) => (version.usage ? formatUsd(version.usage.costUsd) : '—')],
    ['p95 latency', (version) => (version.usage ? formatMs(version.usage.latencyP95Ms) : '—')],
    ['Findings', (version) => findingsText(version.findingsSummary)],
    ['Policy', (version) => policyText(version.policyStatus)],
  ];
  return (
    <div className="table-scroll">
      <table className="side-by-side">
        <caption className="visually-hidden">The two versions side by side</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">From: {versionText(from)}</th>
            <th scope="col">To: {versionText(to)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label} data-fact={label}>
              <th scope="row">{label}</th>
              <td data-side="from">{cell(from)}</td>
              <td data-side="to">{cell(to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The model-configuration keys that differ, by JSON Pointer path. */
export function ConfigDiff({ changes }: { changes: Comparison['modelConfig'] }) {
  if (changes.length === 0) return <p className="hint">Both versions ship the same model configuration.</p>;
  return (
    <div className="table-scroll">
      <table className="config-diff">
        <caption className="visually-hidden">Model configuration differences</caption>
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">Change</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path} data-path={change.path}>
              <th scope="row">
                <code>{change.path}</code>
              </th>
              <td>{change.kind.toLowerCase()}</td>
              <td>
                <code>{jsonText(change.from)}</code>
              </td>
              <td>
                <code>{jsonText(change.to)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Line marks that read the same without colour: + added, − removed. */
const LINE_MARK: Record<string, { mark: string; words: string }> = {
  ADDED: { mark: '+', words: 'Added: ' },
  REMOVED: { mark: '−', words: 'Removed: ' },
  UNCHANGED: { mark: ' ', words: '' },
};

/** The changelogs line by line. */
export function ChangelogDiff({ diff }: { diff: Comparison['changelog'] }) {
  if (!diff.changed) return <p className="hint">The changelogs are the same.</p>;
  return (
    <pre className="changelog-diff">
      {diff.lines.map((line, index) => {
        const mark = LINE_MARK[line.kind] ?? LINE_MARK.UNCHANGED!;
        return (
          <span key={index} className={`line line-${line.kind.toLowerCase()}`}>
            <span aria-hidden="true">{mark.mark} </span>
            <span className="visually-hidden">{mark.words}</span>
            {line.text}
            {'\n'}
          </span>
        );
      })}
    </pre>
  );
}

/** Every baseline of the project evaluated for both versions. */
export function BaselineComparison({ baselines }: { baselines: Comparison['baselines'] }) {
  if (baselines.length === 0) return <EmptyState title="The project has no baselines.">Add one with <code>setBaseline</code> so the gate has something to check.</EmptyState>;
  return (
    <div className="table-scroll">
      <table className="baseline-comparison">
        <caption className="visually-hidden">Baselines evaluated for both versions</caption>
        <thead>
          <tr>
            <th scope="col">Baseline</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {baselines.map(({ baseline, from, to, changed }) => (
            <tr key={baseline.id} data-metric={baseline.metric}>
              <th scope="row">
                {baseline.metric} {operatorText(baseline.operator)} {baseline.threshold} ({baseline.severity.toLowerCase()})
              </th>
              <td>
                <StatusBadge status={from.status} /> {formatValue(from.actualValue)}
              </td>
              <td>
                <StatusBadge status={to.status} /> {formatValue(to.actualValue)}
              </td>
              <td>{changed ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
