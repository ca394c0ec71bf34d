import { z } from 'zod';
import { IdModel } from '@steward/kernel';
import { DomainModel } from '../organizations/organizations.models.js';

const NameModel = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const HttpsUrlModel = z
  .string()
  .trim()
  .max(2048, 'must be at most 2048 characters')
  .pipe(z.url({ protocol: /^https$/, message: 'must be an absolute https URL' }));
const DomainsModel = z
  .array(DomainModel)
  .min(1, 'must list at least one domain')
  .max(50, 'may list at most 50 domains')
  .transform((domains) => [...new Set(domains)]);
const ClientIdModel = z.string().trim().min(1, 'must not be empty').max(255, 'must be at most 255 characters');
const ClientSecretModel = z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters');
const EntityIdModel = z.string().trim().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters');
const CertificateModel = z.string().max(20_000, 'is too long for a certificate');

export const CreateOidcConnectionInputModel = z.object({
  organizationId: z.string(),
  name: NameModel,
  issuerUrl: HttpsUrlModel,
  clientId: ClientIdModel,
  clientSecret: ClientSecretModel,
  allowedDomains: DomainsModel,
});

export const UpdateOidcConnectionInputModel = z.object({
  organizationId: z.string(),
  connectionId: IdModel,
  name: NameModel.nullish(),
  issuerUrl: HttpsUrlModel.nullish(),
  clientId: ClientIdModel.nullish(),
  clientSecret: ClientSecretModel.nullish(),
  allowedDomains: DomainsModel.nullish(),
});

export const CreateSamlConnectionInputModel = z.object({
  organizationId: z.string(),
  name: NameModel,
  entityId: EntityIdModel,
  ssoUrl: HttpsUrlModel,
  certificate: CertificateModel,
  allowedDomains: DomainsModel,
});

export const UpdateSamlConnectionInputModel = z.object({
  organizationId: z.string(),
  connectionId: IdModel,
  name: NameModel.nullish(),
  entityId: EntityIdModel.nullish(),
  ssoUrl: HttpsUrlModel.nullish(),
  certificate: CertificateModel.nullish(),
  allowedDomains: DomainsModel.nullish(),
});
