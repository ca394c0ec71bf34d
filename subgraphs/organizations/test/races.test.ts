import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptInvitationDocument,
  AddTeamMemberDocument,
  ChangeMemberRoleDocument,
  CreateTeamDocument,
  DeleteOrganizationDocument,
  DeleteRoleDocument,
  InviteMemberDocument,
  LeaveOrganizationDocument,
  RemoveMemberDocument,
  RevokeApiKeyDocument,
  RevokeInvitationDocument,
} from '@steward/client';
import { mailSentBy, seed, startTestStack, type GraphQLResponse, type SeededOrganization, type SeededUser, type TestStack } from '@steward/standalone/testing';

/**
 * Two changes of one organization sent at the same moment, several times over: whichever runs
 * first, exactly one outcome wins, the loser gets a domain error (never INTERNAL_SERVER_ERROR),
 * and the rows stay consistent. PostgreSQL only: PGlite has a single session, so nothing overlaps.
 */
const TRIALS = 8;

type Response = GraphQLResponse<unknown>;

/** The error codes of a response, none when it succeeded. */
function codes(res: Response): unknown[] {
  return (res.errors ?? []).map((error) => error.extensions?.code);
}

/** Exactly one of `first` and `second` succeeded; the other was refused with one of `refusals`. */
function expectOneWinner(first: Response, second: Response, refusals: string[]): void {
  const outcomes = [codes(first), codes(second)];
  expect(outcomes.flat()).not.toContain('INTERNAL_SERVER_ERROR');
  expect(outcomes.filter((list) => list.length === 0)).toHaveLength(1);
  const refused = outcomes.find((list) => list.length > 0)!;
  expect(refused).toHaveLength(1);
  expect(refusals).toContain(refused[0]);
}

describe.skipIf(!process.env.DATABASE_URL)('concurrent changes of one organization (PostgreSQL)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Invites `email` as a viewer (by the owner) and returns the invitation's id and mailed token. */
  async function invite(org: SeededOrganization, email: string): Promise<{ id: string; token: string }> {
    let id = '';
    const mail = await mailSentBy(stack, email, /You are invited/, async () => {
      const res = await stack.request(InviteMemberDocument, { input: { organizationId: org.id, email, roleId: org.roles.viewer } }, { token: org.owner.accessToken });
      expect(res.errors).toBeUndefined();
      id = res.data!.inviteMember.id;
    });
    return { id, token: decodeURIComponent(mail.token ?? '') };
  }

  function changeRole(org: SeededOrganization, actor: SeededUser, membershipId: string, roleId: string) {
    return stack.request(ChangeMemberRoleDocument, { input: { organizationId: org.id, membershipId, roleId } }, { token: actor.accessToken });
  }

  async function roleOf(membershipId: string): Promise<string | null> {
    const [row] = await stack.database.query<{ role_id: string }>('select role_id from organizations.memberships where id = $1', [membershipId]);
    return row?.role_id ?? null;
  }

  it('lets either the acceptance or the revocation of an invitation win, never both', async () => {
    const org = await seed(stack).org();
    for (let trial = 0; trial < TRIALS; trial++) {
      const user = await seed(stack).verifiedUser();
      const { id, token } = await invite(org, user.email);
      const [accepted, revoked] = await Promise.all([
        stack.request(AcceptInvitationDocument, { token }, { token: user.accessToken }),
        stack.request(RevokeInvitationDocument, { organizationId: org.id, invitationId: id }, { token: org.owner.accessToken }),
      ]);
      expectOneWinner(accepted, revoked, ['INVITATION_REVOKED', 'CONFLICT']);
      const [row] = await stack.database.query<{ accepted_at: Date | null; revoked_at: Date | null }>(
        'select accepted_at, revoked_at from organizations.invitations where id = $1',
        [id],
      );
      expect([row!.accepted_at, row!.revoked_at].filter(Boolean)).toHaveLength(1);
      const joined = await stack.database.query('select id from organizations.memberships where organization_id = $1 and user_id = $2', [org.id, user.id]);
      expect(joined).toHaveLength(row!.accepted_at ? 1 : 0);
    }
  });

  it('gives the last seat to one of two invitees accepting at once', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const org = await seed(stack).org({ maxMembers: 2 });
      const [first, second] = [await seed(stack).verifiedUser(), await seed(stack).verifiedUser()];
      const [a, b] = [await invite(org, first.email), await invite(org, second.email)];
      const results = await Promise.all([
        stack.request(AcceptInvitationDocument, { token: a.token }, { token: first.accessToken }),
        stack.request(AcceptInvitationDocument, { token: b.token }, { token: second.accessToken }),
      ]);
      expectOneWinner(results[0], results[1], ['SEAT_LIMIT_REACHED']);
      const [count] = await stack.database.query<{ n: number }>('select count(*)::int as n from organizations.memberships where organization_id = $1', [org.id]);
      expect(count!.n).toBe(2);
    }
  });

  it('refuses the second of two admins demoting each other', async () => {
    const org = await seed(stack).org();
    for (let trial = 0; trial < TRIALS; trial++) {
      const [a, b] = [await org.member('admin'), await org.member('admin')];
      const [aDemotesB, bDemotesA] = await Promise.all([changeRole(org, a, b.membershipId, org.roles.member), changeRole(org, b, a.membershipId, org.roles.member)]);
      expectOneWinner(aDemotesB, bDemotesA, ['FORBIDDEN']);
      expect([await roleOf(a.membershipId), await roleOf(b.membershipId)].filter((role) => role === org.roles.admin)).toHaveLength(1);
    }
  });

  it('refuses a removed admin’s change of role, or the demoted admin’s removal', async () => {
    const org = await seed(stack).org();
    for (let trial = 0; trial < TRIALS; trial++) {
      const [a, b] = [await org.member('admin'), await org.member('admin')];
      const [aRemovesB, bDemotesA] = await Promise.all([
        stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: b.membershipId }, { token: a.accessToken }),
        changeRole(org, b, a.membershipId, org.roles.member),
      ]);
      // The loser lost its right (FORBIDDEN) or its membership (NOT_FOUND, as for any outsider).
      expectOneWinner(aRemovesB, bDemotesA, ['FORBIDDEN', 'NOT_FOUND']);
      const [removed, demoted] = [(await roleOf(b.membershipId)) === null, (await roleOf(a.membershipId)) === org.roles.member];
      expect(removed !== demoted).toBe(true);
    }
  });

  it('keeps an owner when the last other owner leaves while being made the only one', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const org = await seed(stack).org();
      const second = await org.member('owner');
      const [left, demoted] = await Promise.all([
        stack.request(LeaveOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken }),
        changeRole(org, org.owner, second.membershipId, org.roles.admin),
      ]);
      expectOneWinner(left, demoted, ['CONFLICT', 'NOT_FOUND']);
      const [owners] = await stack.database.query<{ n: number }>(
        'select count(*)::int as n from organizations.memberships where organization_id = $1 and role_id = $2',
        [org.id, org.roles.owner],
      );
      expect(owners!.n).toBe(1);
    }
  });

  it('either deletes a role or gives it to a member, never both', async () => {
    const org = await seed(stack).org();
    const member = await org.member('viewer');
    for (let trial = 0; trial < TRIALS; trial++) {
      const roleId = await org.role(['organization:read']);
      const [deleted, given] = await Promise.all([
        stack.request(DeleteRoleDocument, { organizationId: org.id, roleId }, { token: org.owner.accessToken }),
        changeRole(org, org.owner, member.membershipId, roleId),
      ]);
      expectOneWinner(deleted, given, ['CONFLICT', 'BAD_USER_INPUT']);
      const held = await stack.database.query('select r.id from organizations.memberships m join organizations.roles r on r.id = m.role_id where m.id = $1', [
        member.membershipId,
      ]);
      expect(held).toHaveLength(1);
      await changeRole(org, org.owner, member.membershipId, org.roles.viewer);
    }
  });

  it('records one revocation when an API key is revoked twice at once', async () => {
    const org = await seed(stack).org();
    for (let trial = 0; trial < TRIALS; trial++) {
      const key = await org.apiKey('viewer');
      const revoke = () => stack.request(RevokeApiKeyDocument, { organizationId: org.id, apiKeyId: key.id }, { token: org.owner.accessToken });
      const results = await Promise.all([revoke(), revoke()]);
      expect(results.flatMap(codes)).toEqual([]);
      const events = await stack.database.query("select id from organizations.audit_events where action = 'apikey.revoked' and target_id = $1", [key.id]);
      expect(events).toHaveLength(1);
    }
  });

  it('never adds a member to a team while the member is being removed', async () => {
    const org = await seed(stack).org();
    const team = await stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Racers' } }, { token: org.owner.accessToken });
    const teamId = team.data!.createTeam.id;
    for (let trial = 0; trial < TRIALS; trial++) {
      const member = await org.member('viewer');
      const [added, removed] = await Promise.all([
        stack.request(AddTeamMemberDocument, { input: { organizationId: org.id, teamId, membershipId: member.membershipId } }, { token: org.owner.accessToken }),
        stack.request(RemoveMemberDocument, { organizationId: org.id, membershipId: member.membershipId }, { token: org.owner.accessToken }),
      ]);
      // Added first, then removed (the team loses the member with it), or refused as no member.
      expect(codes(removed)).toEqual([]);
      expect([[], ['BAD_USER_INPUT']]).toContainEqual(codes(added));
      const links = await stack.database.query('select id from organizations.team_members where membership_id = $1', [member.membershipId]);
      expect(links).toHaveLength(0);
    }
  });

  it('changes nothing in an organization once its deletion is committed', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const org = await seed(stack).org();
      const admin = await org.member('admin');
      const [deleted, created] = await Promise.all([
        stack.request(DeleteOrganizationDocument, { organizationId: org.id }, { token: org.owner.accessToken }),
        stack.request(CreateTeamDocument, { input: { organizationId: org.id, name: 'Late' } }, { token: admin.accessToken }),
      ]);
      expect(codes(deleted)).toEqual([]);
      expect([[], ['NOT_FOUND']]).toContainEqual(codes(created));
      // A team made before the deletion stays with the organization; none may be written by a transaction
      // that started writing after the deletion's (a later transaction id than the one that wrote deleted_at).
      const late = await stack.database.query(
        `select t.id from organizations.teams t join organizations.organizations o on o.id = t.organization_id
          where o.id = $1 and t.xmin::text::bigint > o.xmin::text::bigint`,
        [org.id],
      );
      expect(late).toHaveLength(0);
    }
  });
});
