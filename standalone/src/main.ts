import { z } from 'zod';
import {
  EnvError,
  assertPortsFree,
  configureOrExit,
  createLogger,
  exitOnStartupError,
  loadDescriptors,
  logFormatFor,
  openDatabase,
  parseEnv,
  stopOnSignals,
} from '@steward/kernel';
import { LoggedMailbox, demoConfigurationProblems, parseCommandLine, prepareDemoDataDir } from './demo/demo-setup.js';
import { descriptors, stackEnvShape, stackPorts, startSteward } from './start-steward.js';

// Composition root of `npm start`: the whole stack in one process, embedded database unless DATABASE_URL is set.
// `npm run demo` (`--demo`) first fills an empty data directory with the demo organization.
const startedAt = performance.now();
const commandLine = configureOrExit(() => parseCommandLine());
// STEWARD_SUBGRAPHS names another list than schema/supergraph.yaml (with SUPERGRAPH_PATH, its composed supergraph).
const subgraphs = process.env.STEWARD_SUBGRAPHS ? await loadDescriptors(process.env.STEWARD_SUBGRAPHS) : descriptors;
const env = configureOrExit(() => {
  const parsed = parseEnv(z.object({ ...stackEnvShape(subgraphs), STEWARD_SUBGRAPHS: z.string().optional() }));
  const problems = commandLine.demo ? demoConfigurationProblems(parsed) : [];
  if (problems.length) throw new EnvError(problems);
  return parsed;
});
// The demo reads the mailed links the stack logs, whatever LOG_LEVEL shows on the terminal.
const mailbox = commandLine.demo ? new LoggedMailbox() : undefined;
const logger = createLogger({
  level: env.LOG_LEVEL,
  name: 'steward',
  format: logFormatFor(env.NODE_ENV, process.stdout),
  tee: mailbox && { level: 'info', stream: mailbox },
});
// Before migrations and builds, so a taken port is one line at once rather than after everything else.
await assertPortsFree(stackPorts(env, subgraphs)).catch(exitOnStartupError);
if (commandLine.demo) await prepareDemoDataDir(env.STEWARD_DATA_DIR, commandLine).catch(exitOnStartupError);
const database = await openDatabase(env);
const steward = await startSteward({ env, database, logger, subgraphs }).catch(exitOnStartupError);
logger.info(
  'Steward is ready in %d ms (database=%s)',
  Math.round(performance.now() - startedAt),
  database.kind === 'postgres' ? 'postgresql' : `embedded at ${env.STEWARD_DATA_DIR}`,
);
stopOnSignals(logger, async () => {
  await steward.stop();
  if (database.kind === 'pglite') await database.pglite.close();
});
if (mailbox) {
  logger.info('Seeding the demo organization (dataDir=%s)', env.STEWARD_DATA_DIR);
  // Loaded only for the demo: plain `npm start` never needs the seed builders.
  const { seedDemoOrganization } = await import('./demo/demo-organization.js');
  const { formatDemoSummary } = await import('./demo/demo-summary.js');
  const { createGatewayClient } = await import('./testing/gateway-client.js');
  const demo = await seedDemoOrganization({ gatewayUrl: steward.gatewayUrl, logLines: mailbox.lines, ...createGatewayClient(steward.gatewayUrl) });
  console.log(`\n${formatDemoSummary(demo, steward.gatewayUrl)}`);
}
console.log(`\n  Steward gateway: ${steward.gatewayUrl}\n`);
