import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** Organization-wide settings, stored as one JSON document with every field present. */
export interface OrganizationSettings {
  invitationTtlHours: number;
  allowedInvitationDomains: string[];
}

export const DEFAULT_SETTINGS: OrganizationSettings = { invitationTtlHours: 168, allowedInvitationDomains: [] };

/** A tenant. Deleting one only stamps `deletedAt`: its rows stay and can be restored. */
export const OrganizationSchema = defineEntity({
  name: 'Organization',
  tableName: 'organizations',
  properties: (p) => ({
    id: p.uuid().primary(),
    slug: p.string().length(40),
    name: p.string().length(100),
    maxMembers: p.integer().nullable(),
    settings: p.json<OrganizationSettings>(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    deletedAt: p.datetime().nullable(),
    deletedBy: p.uuid().nullable(),
  }),
});
export type Organization = InferEntity<typeof OrganizationSchema>;
