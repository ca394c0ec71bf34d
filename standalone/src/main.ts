import { z } from 'zod';
import { configureOrExit, createLogger, loadDescriptors, openDatabase, parseEnv, stopOnSignals } from '@steward/kernel';
import { descriptors, stackEnvShape, startSteward } from './start-steward.js';

// Composition root of `npm start`: the whole stack in one process, embedded database unless DATABASE_URL is set.
const startedAt = performance.now();
// STEWARD_SUBGRAPHS names another list than schema/supergraph.yaml (with SUPERGRAPH_PATH, its composed supergraph).
const subgraphs = process.env.STEWARD_SUBGRAPHS ? await loadDescriptors(process.env.STEWARD_SUBGRAPHS) : descriptors;
const env = configureOrExit(() => parseEnv(z.object({ ...stackEnvShape(subgraphs), STEWARD_SUBGRAPHS: z.string().optional() })));
const logger = createLogger({ level: env.LOG_LEVEL, name: 'steward' });
const database = await openDatabase(env);
const steward = await startSteward({ env, database, logger, subgraphs });
logger.info(
  'Steward is ready in %d ms (database=%s)',
  Math.round(performance.now() - startedAt),
  database.kind === 'postgres' ? 'postgresql' : `embedded at ${env.STEWARD_DATA_DIR}`,
);
console.log(`\n  Steward gateway: ${steward.gatewayUrl}\n`);
stopOnSignals(logger, async () => {
  await steward.stop();
  if (database.kind === 'pglite') await database.pglite.close();
});
