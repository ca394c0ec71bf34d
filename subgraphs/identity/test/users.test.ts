import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, startTestStack, type TestStack } from '@steward/standalone/testing';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** The user's row as stored, with `created_at` as the millisecond ISO string the API shows. */
async function storedUser(id: string) {
  const [row] = await stack.database.query<{ email: string; name: string; email_verified: boolean; created_at: string }>(
    `select email, name, email_verified, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at from identity.users where id = $1`,
    [id],
  );
  return row!;
}

describe('users as the User type shows them (read as plain rows on `me`, references and audit actors)', () => {
  it('`me` answers the stored user, its creation time to the millisecond, and null for an anonymous caller', async () => {
    const user = await seed(stack).user();
    const res = await stack.post<{ me: Record<string, unknown> }>({ query: '{ me { id email name emailVerified createdAt mfaEnabled } }' }, { token: user.accessToken });
    expect(res.errors).toBeUndefined();
    const row = await storedUser(user.id);
    expect(res.data!.me).toEqual({ id: user.id, email: row.email, name: row.name, emailVerified: row.email_verified, createdAt: row.created_at, mfaEnabled: false });
    expect((await stack.post<{ me: unknown }>({ query: '{ me { id } }' })).data).toEqual({ me: null });
  });

  it('another subgraph’s User reference shows every signed-in user the name and creation time, and the email only to its owner', async () => {
    const org = await seed(stack).org();
    const viewer = await org.member('viewer');
    const query = 'query Members($o: ID!) { members(organizationId: $o) { edges { node { user { id name createdAt email } } } } }';
    const asViewer = await stack.post<{ members: { edges: { node: { user: Record<string, unknown> | null } }[] } }>({ query, variables: { o: org.id } }, { token: viewer.accessToken });
    const users = asViewer.data!.members.edges.map((edge) => edge.node.user!);
    const owner = users.find((user) => user.id === org.owner.id)!;
    const self = users.find((user) => user.id === viewer.id)!;
    const [ownerRow, viewerRow] = [await storedUser(org.owner.id), await storedUser(viewer.id)];
    expect(owner).toMatchObject({ name: ownerRow.name, createdAt: ownerRow.created_at, email: null });
    expect(self).toEqual({ id: viewer.id, name: viewerRow.name, createdAt: viewerRow.created_at, email: viewerRow.email });
    const refused = asViewer.errors!.filter((error) => error.path?.at(-1) === 'email');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.extensions?.code).toBe('FORBIDDEN');
  });
});
