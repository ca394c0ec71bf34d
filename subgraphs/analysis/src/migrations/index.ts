import type { MigrationEntry } from '@steward/kernel';
import { Migration0001Initial } from './0001-initial.js';

/** Analysis's migrations in order; listed statically so every runner (tsx, vitest, tsc) sees the same set. */
export const analysisMigrations: MigrationEntry[] = [{ name: '0001-initial', class: Migration0001Initial }];
