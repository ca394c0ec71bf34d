import { useState, type ReactNode } from 'react';
import type { ConsoleAdminOrganizationQuery } from '@steward/client';

/** The organization as every administration section reads it: its name, the viewer's rights and its roles. */
export type AdminOrganization = NonNullable<ConsoleAdminOrganizationQuery['organization']>;
/** The signed-in person (their own email is the only one the graph shows them). */
export type AdminViewer = ConsoleAdminOrganizationQuery['me'];

/** What each section component receives from the administration page. */
export interface SectionProps {
  organizationId: string;
  organization: AdminOrganization;
  viewer: AdminViewer;
}

/** Page size of every paged list on the administration pages. */
export const PAGE_SIZE = 20;

/**
 * A destructive button that asks first: the first press shows the question with a confirming and
 * a cancelling button, so nothing is removed by one stray click.
 */
export function ConfirmButton({ label, question, confirmLabel, busy, onConfirm }: { label: string; question: string; confirmLabel: string; busy?: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

/** A select of the organization's roles, labelled for screen readers (built-in roles first, as the graph orders them). */
export function RoleSelect({ roles, value, label, onChange, visibleLabel = false }: { roles: AdminOrganization['roles']; value: string; label: string; onChange: (roleId: string) => void; visibleLabel?: boolean }) {
  return (
    <label className={visibleLabel ? undefined : 'inline-label'}>
      <span className={visibleLabel ? undefined : 'visually-hidden'}>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {(roles ?? []).map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
            {role.builtIn ? '' : ' (custom)'}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A section's card: a level-two heading and its content. */
export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
