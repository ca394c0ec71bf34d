import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { STAGE_LABELS } from '../../ui/common';

/** A version as a choice in a select. */
export interface VersionChoice {
  id: string;
  number: number;
  name: string;
  stage: string;
}

export const choiceText = (version: VersionChoice) => `v${version.number} ${version.name} (${STAGE_LABELS[version.stage] ?? version.stage})`;

/** The comparison page's address for two versions (either may still be unchosen). */
export const compareHref = (organizationId: string, projectId: string, from: string, to: string) => {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const search = query.toString();
  return `/orgs/${organizationId}/projects/${projectId}/compare${search ? `?${search}` : ''}`;
};

/** A select of versions, with an empty first choice that says what to do. */
export function VersionSelect({ label, value, versions, onChange }: { label: string; value: string; versions: VersionChoice[]; onChange: (id: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a version</option>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {choiceText(version)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Two selects and a button that opens the comparison. The choices are the versions the timeline
 * has loaded (Load more there adds older ones); by default the two newest, older first.
 */
export function CompareChooser({ organizationId, projectId, versions }: { organizationId: string; projectId: string; versions: VersionChoice[] }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [, navigate] = useLocation();
  if (versions.length < 2) return <p className="hint">Comparing needs two versions; this project has fewer so far.</p>;
  const chosenFrom = from || versions[1]!.id;
  const chosenTo = to || versions[0]!.id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(compareHref(organizationId, projectId, chosenFrom, chosenTo));
  };
  return (
    <form className="compare-chooser" onSubmit={submit}>
      <VersionSelect label="From version" value={chosenFrom} versions={versions} onChange={setFrom} />
      <VersionSelect label="To version" value={chosenTo} versions={versions} onChange={setTo} />
      <button type="submit" disabled={chosenFrom === chosenTo}>
        Compare versions
      </button>
    </form>
  );
}
