export * from './job-queue.js';
export * from './create-job-queue.js';
export * from './run-worker.js';
export { PgBossJobQueue, type PgBossJobQueueOptions } from './pg-boss-job-queue.js';
export { EmbeddedJobQueue, type EmbeddedJobQueueOptions } from './embedded-job-queue.js';
export { JobCancelledError, JobTimeoutError } from './queue-runner.js';
export { ProcessJobQueue, PROCESS_JOBS_NAME } from './process-job-queue.js';
