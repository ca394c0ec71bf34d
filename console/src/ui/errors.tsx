import type { CombinedError } from '@urql/core';

/** The stable code of an error's first GraphQL error (`extensions.code`), or NETWORK for a failed connection. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  return error.graphQLErrors[0]?.extensions?.code as string | undefined;
}

/** What a person reads for an error: the server's own message, with a hint where a code has one. Never a stack. */
export function errorText(error: CombinedError): string {
  if (error.networkError && error.graphQLErrors.length === 0) return 'Steward could not be reached. Check your connection and try again.';
  const messages = error.graphQLErrors.map((graphQLError) => graphQLError.message);
  return [...new Set(messages)].join(' ');
}

const HINTS: Record<string, string> = {
  ACCOUNT_LOCKED: 'Too many failed sign-ins locked this account for a while. Wait, or reset your password.',
  RATE_LIMITED: 'Too many attempts. Wait a moment before trying again.',
  MFA_REQUIRED: 'Enter the code from your authenticator app, or one of your backup codes.',
  FORBIDDEN: 'Your role in this organization does not allow this. An owner or admin can change your role.',
  NOT_FOUND: 'It does not exist, or it is not in an organization you belong to.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
};

/** An error as an alert: the message and, for known codes, what to do about it. */
export function ErrorMessage({ error, title }: { error: CombinedError | undefined; title?: string }) {
  if (!error) return null;
  const code = errorCode(error);
  const hint = code ? HINTS[code] : undefined;
  return (
    <div role="alert" className="error">
      {title ? <strong>{title} </strong> : null}
      <span>{errorText(error)}</span>
      {hint ? <p className="hint">{hint}</p> : null}
      {code && code !== 'NETWORK' ? <p className="code">Code: {code}</p> : null}
    </div>
  );
}
