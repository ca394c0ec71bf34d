import express, { type Express, type RequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { serviceCallersOnly, type Logger } from '@steward/kernel';
import { z } from 'zod';
import { MembershipSchema } from '../members/membership.entity.js';
import { TeamSchema } from '../teams/team.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One lookup answers one ingest call at most: 1,000 records, each naming one team and one user. */
const LookupModel = z.object({
  organizationId: z.string().regex(UUID),
  teamIds: z.array(z.string().regex(UUID)).max(1000),
  userIds: z.array(z.string().regex(UUID)).max(1000),
});

/**
 * `POST /internal/members/lookup` `{ organizationId, teamIds, userIds }` → `{ teamIds, userIds }`:
 * which of the ids are teams of that organization and users who are its members now. Metrics checks
 * the ids of recorded usage and budgets with it. Only Steward services holding an internal token may call it.
 */
export function mountMemberLookupRoutes(app: Express, requireInternal: RequestHandler, fork: () => EntityManager, logger: Logger): void {
  app.post('/internal/members/lookup', requireInternal, serviceCallersOnly, express.json({ limit: '128kb' }), async (req, res) => {
    const parsed = LookupModel.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'Expected { organizationId, teamIds, userIds } with UUIDs (at most 1,000 of each).' });
      return;
    }
    const { organizationId, teamIds, userIds } = parsed.data;
    try {
      const em = fork();
      const teams = teamIds.length ? await em.find(TeamSchema, { organizationId, id: { $in: teamIds } }, { fields: ['id'] }) : [];
      const memberships = userIds.length ? await em.find(MembershipSchema, { organizationId, userId: { $in: userIds } }, { fields: ['userId'] }) : [];
      res.set('cache-control', 'no-store').json({ teamIds: teams.map((team) => team.id), userIds: memberships.map((membership) => membership.userId) });
    } catch (error) {
      logger.error({ err: error }, 'Internal route failed (route=%s)', '/internal/members/lookup');
      if (!res.headersSent) res.status(500).json({ error: 'Internal error.' });
    }
  });
}
