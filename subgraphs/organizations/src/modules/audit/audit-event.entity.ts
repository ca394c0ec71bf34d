import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** One change in an organization; rows are only ever inserted. */
export const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_events',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    actorKind: p.enum(['USER', 'API_KEY', 'SYSTEM']),
    actorId: p.uuid().nullable(),
    action: p.string().length(60),
    targetType: p.string().length(40),
    targetId: p.uuid(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime(),
  }),
});
export type AuditEvent = InferEntity<typeof AuditEventSchema>;
