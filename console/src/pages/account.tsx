import { useMutation, useQuery } from 'urql';
import { RevokeOtherSessionsDocument, RevokeSessionDocument, SessionsDocument } from '@steward/client';
import { Loading, formatDateTime } from '../ui/common';
import { ErrorMessage } from '../ui/errors';
import { Layout, useTitle } from '../ui/layout';

/** The person's sessions (devices signed in), each revocable; this one is marked. */
export function AccountPage() {
  useTitle('Your sessions');
  const [{ data, fetching, error }, refetch] = useQuery({ query: SessionsDocument });
  const [revoked, revoke] = useMutation(RevokeSessionDocument);
  const [others, revokeOthers] = useMutation(RevokeOtherSessionsDocument);
  const again = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Layout>
      <h1>Your sessions</h1>
      <ErrorMessage error={error ?? revoked.error ?? others.error} />
      {fetching && !data ? <Loading /> : null}
      <button type="button" onClick={async () => { await revokeOthers({}); again(); }} disabled={others.fetching}>
        Sign out everywhere else
      </button>
      <ul className="sessions">
        {(data?.sessions ?? []).map((item) => (
          <li key={item.id}>
            <span>{item.userAgent ?? 'Unknown device'}</span> · signed in {formatDateTime(item.createdAt)} · last used {formatDateTime(item.lastSeenAt)}
            {item.current ? <strong> (this session)</strong> : (
              <button type="button" onClick={async () => { await revoke({ id: item.id }); again(); }} aria-label={`Revoke the session from ${formatDateTime(item.createdAt)}`}>
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
