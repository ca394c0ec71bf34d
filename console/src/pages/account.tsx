import { useMutation, useQuery } from 'urql';
import { RevokeOtherSessionsDocument, RevokeSessionDocument, SessionsDocument } from '@steward/client';
import { EmptyState, Loading, formatDateTime } from '../ui/common';
import { ErrorMessage } from '../ui/errors';
import { Layout, useTitle } from '../ui/layout';

/** "Chrome on Linux" from a user agent; the whole string stays in the cell's title. */
function deviceOf(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null;
  const system = /Windows/.test(userAgent) ? 'Windows' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Mac OS/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null;
  if (!browser) return userAgent.slice(0, 40);
  return system ? `${browser} on ${system}` : browser;
}

/** The person's sessions (each device signed in), each revocable; this one is marked. */
export function AccountPage() {
  useTitle('Your sessions');
  const [{ data, fetching, error }, refetch] = useQuery({ query: SessionsDocument });
  const [revoked, revoke] = useMutation(RevokeSessionDocument);
  const [others, revokeOthers] = useMutation(RevokeOtherSessionsDocument);
  const again = () => refetch({ requestPolicy: 'network-only' });
  const sessions = data?.sessions ?? [];
  return (
    <Layout>
      <h1>Your sessions</h1>
      <p className="subtitle">Every device signed in to your account. Revoke one you do not recognise; its next request is refused.</p>
      <ErrorMessage error={error ?? revoked.error ?? others.error} />
      {fetching && !data ? <Loading /> : null}
      {data && sessions.length === 0 ? <EmptyState title="No sessions." /> : null}
      {sessions.length > 0 ? (
        <section className="card" aria-labelledby="sessions-heading">
          <div className="card-head">
            <h2 id="sessions-heading">Signed-in devices</h2>
            {sessions.length > 1 ? (
              <button type="button" className="secondary" onClick={async () => { await revokeOthers({}); again(); }} disabled={others.fetching}>
                Sign out everywhere else
              </button>
            ) : null}
          </div>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Address</th>
                  <th scope="col">Signed in</th>
                  <th scope="col">Last used</th>
                  <th scope="col"><span className="visually-hidden">Action</span></th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" title={item.userAgent ?? undefined}>{deviceOf(item.userAgent)}</th>
                    <td>{item.ip ?? '—'}</td>
                    <td>{formatDateTime(item.createdAt)}</td>
                    <td>{formatDateTime(item.lastSeenAt)}</td>
                    <td>
                      {item.current ? (
                        <strong>This session</strong>
                      ) : (
                        <button type="button" className="secondary" onClick={async () => { await revoke({ id: item.id }); again(); }} aria-label={`Revoke the ${deviceOf(item.userAgent)} session signed in ${formatDateTime(item.createdAt)}`}>
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Layout>
  );
}
