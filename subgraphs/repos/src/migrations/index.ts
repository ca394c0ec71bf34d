import type { MigrationEntry } from '@steward/kernel';
import { Migration0001Initial } from './0001-initial.js';
import { Migration0002Reviews } from './0002-reviews.js';
import { Migration0003FileCache } from './0003-file-cache.js';
import { Migration0004AutoAnalysis } from './0004-auto-analysis.js';

/** Repos' migrations in order; listed statically so every runner (tsx, vitest, tsc) sees the same set. */
export const reposMigrations: MigrationEntry[] = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-reviews', class: Migration0002Reviews },
  { name: '0003-file-cache', class: Migration0003FileCache },
  { name: '0004-auto-analysis', class: Migration0004AutoAnalysis },
];
