import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { CombinedError } from '@urql/core';
import { DegradeVersionDocument, PromoteVersionDocument, RollbackVersionDocument, type GateStatus } from '@steward/client';
import { ErrorMessage } from '../../ui/errors';

type Action = 'promote' | 'degrade' | 'rollback';

/** What each action is called on its button and what its form asks. */
const ACTIONS: Record<Action, { verb: string; question: string }> = {
  promote: { verb: 'Promote', question: 'Why promote this version to production?' },
  degrade: { verb: 'Degrade', question: 'Why retire this version?' },
  rollback: { verb: 'Roll back', question: 'Why roll production back to this version?' },
};

/** The version as the actions need it; the permission fields come from the API, never from the role's name. */
export interface ActionableVersion {
  id: string;
  number: number;
  name: string;
  gate: { status: GateStatus };
  viewerCanPromote: boolean;
  viewerCanForcePromote: boolean;
  viewerCanDegrade: boolean;
}

/**
 * Promote, degrade and roll back buttons for one version, each shown only when the API allows it.
 * Every stage change needs a reason (kept in the version's history), so a button opens a small
 * form first; the server's refusal (a failing gate, a policy) is shown as it said it.
 */
export function VersionActions({ projectId, version, canRollback, onChanged }: { projectId: string; version: ActionableVersion; canRollback: boolean; onChanged: () => void }) {
  const [open, setOpen] = useState<Action | null>(null);
  const label = `v${version.number} ${version.name}`;
  const available: Action[] = [
    ...(version.viewerCanPromote ? (['promote'] as const) : []),
    ...(version.viewerCanDegrade ? (['degrade'] as const) : []),
    ...(canRollback ? (['rollback'] as const) : []),
  ];
  if (available.length === 0) return null;
  return (
    <div className="version-actions">
      <div className="action-buttons">
        {available.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'promote' ? undefined : 'secondary'}
            aria-label={`${ACTIONS[action].verb} ${label}`}
            aria-expanded={open === action}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {ACTIONS[action].verb}
          </button>
        ))}
      </div>
      {open ? (
        <ReasonForm
          key={open}
          action={open}
          label={label}
          // Overriding only matters (and is only offered) when the gate would block and the role may override it.
          offerForce={open === 'promote' && version.viewerCanForcePromote && version.gate.status !== 'PASSED'}
          projectId={projectId}
          versionId={version.id}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}

function ReasonForm(props: { action: Action; label: string; offerForce: boolean; projectId: string; versionId: string; onCancel: () => void; onDone: () => void }) {
  const { action, label, offerForce, projectId, versionId, onCancel, onDone } = props;
  const [reason, setReason] = useState('');
  const [force, setForce] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [promoteState, promote] = useMutation(PromoteVersionDocument);
  const [degradeState, degrade] = useMutation(DegradeVersionDocument);
  const [rollbackState, rollback] = useMutation(RollbackVersionDocument);
  const fetching = promoteState.fetching || degradeState.fetching || rollbackState.fetching;
  const reasonId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const text = reason.trim();
    const result =
      action === 'promote'
        ? await promote({ input: { versionId, reason: text, force } })
        : action === 'degrade'
          ? await degrade({ input: { versionId, reason: text } })
          : await rollback({ input: { projectId, reason: text } });
    if (result.error) setError(result.error);
    else onDone();
  };

  return (
    <form className="reason-form" onSubmit={submit} aria-label={`${ACTIONS[action].verb} ${label}`}>
      <label htmlFor={reasonId}>{ACTIONS[action].question}</label>
      <textarea id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={1000} rows={2} />
      {offerForce ? (
        <label className="inline-check">
          <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
          Promote despite the quality gate (recorded in the history)
        </label>
      ) : null}
      <ErrorMessage error={error} title={`${ACTIONS[action].verb} refused.`} />
      <div className="action-buttons">
        <button type="submit" disabled={fetching || reason.trim() === ''} className={action === 'promote' ? undefined : 'danger'}>
          {fetching ? 'Working…' : `Confirm: ${ACTIONS[action].verb.toLowerCase()}`}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
