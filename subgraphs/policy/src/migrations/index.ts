import type { MigrationEntry } from '@steward/kernel';
import { Migration0001Initial } from './0001-initial.js';
import { Migration0002Opa } from './0002-opa.js';

/** Policy's migrations in order; listed statically so every runner (tsx, vitest, tsc) sees the same set. */
export const policyMigrations: MigrationEntry[] = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-opa', class: Migration0002Opa },
];
