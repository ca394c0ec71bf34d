import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A single sign-on configuration. OIDC columns are set for OIDC connections and SAML columns for
 * SAML ones; the client secret is stored only encrypted (see `secret-box.ts`).
 */
export const SsoConnectionSchema = defineEntity({
  name: 'SsoConnection',
  tableName: 'sso_connections',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    protocol: p.enum(['OIDC', 'SAML']),
    name: p.string().length(100),
    allowedDomains: p.json<string[]>(),
    issuerUrl: p.text().nullable(),
    clientId: p.text().nullable(),
    clientSecretEncrypted: p.text().nullable(),
    entityId: p.text().nullable(),
    ssoUrl: p.text().nullable(),
    certificatePem: p.text().nullable(),
    certificateSubject: p.text().nullable(),
    certificateFingerprint: p.string().length(95).nullable(),
    certificateExpiresAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type SsoConnection = InferEntity<typeof SsoConnectionSchema>;
