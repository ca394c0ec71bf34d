// The database plumbing lives in ./database/, one concern per file; this module keeps the names
// the kernel has always exported (and that tests import from here).
export { openDatabase, openEmbeddedDatabase, type DatabaseTarget } from './database/database-target.js';
export { QueryCounter } from './database/query-counter.js';
export { createSubgraphOrm, type MigrationEntry, type SubgraphOrm, type SubgraphOrmOptions } from './database/subgraph-orm.js';
export { exclusiveSession } from './database/embedded-session.js';
