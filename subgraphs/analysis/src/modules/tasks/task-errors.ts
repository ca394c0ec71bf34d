import { ReportError } from '../reports/report-error.js';
import { ArchiveError } from '../sources/archive.js';
import { SourceUnavailableError } from '../sources/repository-sources.js';

/**
 * What a task's `error` says about a failure: the user's problem in the user's terms (a report or
 * archive that cannot be read, which no retry fixes: `final`), or a neutral sentence for anything
 * internal — the details go to the log only, never to a client.
 */
export function userMessageOf(error: unknown): { text: string; final: boolean } {
  if (error instanceof ReportError) return { text: `${error.format} report, ${error.where}: ${error.message}`.slice(0, 2000), final: true };
  if (error instanceof ArchiveError) return { text: `Source archive: ${error.message}`.slice(0, 2000), final: true };
  if (error instanceof SourceUnavailableError) return { text: error.message, final: error.final };
  if (error instanceof Error && error.name === 'AbortError') return { text: 'The run was stopped before it finished (timeout or worker shutdown).', final: false };
  return { text: 'The analyzer failed on this input; the run is retried, and the details are in the service log.', final: false };
}
