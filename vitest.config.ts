import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for every dependency (Apollo, graphql-ws); vite would
    // give our sources the ESM build, and schemas from two builds cannot meet ("another realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['**/test/**/*.test.ts', '**/src/**/*.spec.ts'],
    // The console's browser tests drive the console, not the database: they run on the embedded
    // database (plain `npm test`, and CI's second pass) and are left out of a run on a PostgreSQL
    // server, which would repeat them without testing anything new (the API they call is tested on both).
    exclude: ['**/node_modules/**', ...(process.env.DATABASE_URL ? ['console/test/**'] : [])],
    env: { NODE_ENV: 'test' },
    testTimeout: 30_000,
    // Waits for a condition (expect.poll) allow for a loaded two-core machine running browsers.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share a worker's loaded modules instead of importing the whole stack again each
    // (import time per run: 191 s → 32 s). Isolation between files comes from what each file
    // starts: its own stack, database and ports.
    isolate: false,
    // Two cores here; each file starts its own stack and database.
    maxWorkers: 2,
  },
});
