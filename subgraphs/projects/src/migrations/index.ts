import type { MigrationEntry } from '@steward/kernel';
import { Migration0001Initial } from './0001-initial.js';
import { Migration0002HistoryDeleteGuard } from './0002-history-delete-guard.js';
import { Migration0003SourceRevision } from './0003-source-revision.js';

/** Projects' migrations in order; listed statically so every runner (tsx, vitest, tsc) sees the same set. */
export const projectsMigrations: MigrationEntry[] = [
  { name: '0001-initial', class: Migration0001Initial },
  { name: '0002-history-delete-guard', class: Migration0002HistoryDeleteGuard },
  { name: '0003-source-revision', class: Migration0003SourceRevision },
];
