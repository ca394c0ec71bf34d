import type { MigrationEntry } from '@steward/kernel';
import { Migration0001Initial } from './0001-initial.js';
import { Migration0002AccountSecurity } from './0002-account-security.js';
import { Migration0003BlankDeliveredMail } from './0003-blank-delivered-mail.js';
import { Migration0004SlidingThrottles } from './0004-sliding-throttles.js';
import { Migration0005KeyedBackupCodes } from './0005-keyed-backup-codes.js';
import { Migration0006RevokedSessionsIndex } from './0006-revoked-sessions-index.js';

/** Identity's migrations in order; listed statically so every runner (tsx, vitest, tsc) sees the same set. */
export const identityMigrations: MigrationEntry[] = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-account-security', class: Migration0002AccountSecurity },
  { name: '0003-blank-delivered-mail', class: Migration0003BlankDeliveredMail },
  { name: '0004-sliding-throttles', class: Migration0004SlidingThrottles },
  { name: '0005-keyed-backup-codes', class: Migration0005KeyedBackupCodes },
  { name: '0006-revoked-sessions-index', class: Migration0006RevokedSessionsIndex },
];
