// The seeding half of the analysis-workers bench: unique SARIF reports uploaded through the public API
// (upload slots, then PUTs to their links on the gateway) and sessions started over them, per round.
import { CreateAnalysisUploadDocument, StartAnalysisDocument } from '@steward/client';
import { seed, type SeededOrganization, type TestStack } from '@steward/standalone/testing';

/** Reports per session: the most a session accepts. */
export const REPORTS_PER_SESSION = 20;
/** Results (distinct findings) per report. */
export const RESULTS_PER_REPORT = 3;
const UPLOAD_CONCURRENCY = 8;

/** One round's sessions, ready to be worked. */
export interface Round {
  label: string;
  projectId: string;
  /** Upload ids per session, in order. */
  uploads: string[][];
  sessionIds: string[];
}

/** A unique SARIF 2.1.0 report of RESULTS_PER_REPORT results whose fingerprints no other report has. */
function sarifReport(tag: string): Buffer {
  const rules = Array.from({ length: RESULTS_PER_REPORT }, (_, i) => `bench.rule-${i}`);
  return Buffer.from(
    JSON.stringify({
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [
        {
          tool: { driver: { name: 'Semgrep OSS', version: '1.90.0', rules: rules.map((id) => ({ id, properties: { tags: ['security'] }, defaultConfiguration: { level: 'warning' } })) } },
          results: rules.map((ruleId, i) => ({
            ruleId,
            level: 'warning',
            message: { text: `Finding ${i} of report ${tag}.` },
            locations: [{ physicalLocation: { artifactLocation: { uri: `app/${tag}.py` }, region: { startLine: i + 1, endLine: i + 1 } } }],
            partialFingerprints: { primaryLocationLineHash: `${tag}-${i}` },
          })),
        },
      ],
    }),
  );
}

/** Report counts per session: full sessions of 20, the remainder in a last one. */
export function sessionSizes(tasks: number): number[] {
  const sizes = Array.from({ length: Math.floor(tasks / REPORTS_PER_SESSION) }, () => REPORTS_PER_SESSION);
  if (tasks % REPORTS_PER_SESSION) sizes.push(tasks % REPORTS_PER_SESSION);
  return sizes;
}

/** Runs `work` over `items` from `concurrency` callers at once. */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

/** Uploads one report through the public API (an upload slot, then a PUT to its link on the gateway); returns the upload id. */
async function uploadReport(stack: TestStack, org: SeededOrganization, projectId: string, tag: string): Promise<string> {
  const slot = await stack.request(CreateAnalysisUploadDocument, { input: { organizationId: org.id, projectId, kind: 'SARIF', fileName: `${tag}.sarif` } }, { token: org.owner.accessToken });
  if (!slot.data || slot.errors) throw new Error(`createAnalysisUpload failed: ${JSON.stringify(slot.errors)}`);
  const { id, uploadUrl } = slot.data.createAnalysisUpload;
  // Links name ANALYSIS_PUBLIC_URL; the stack's gateway listens on a port of its own.
  const link = new URL(new URL(uploadUrl).pathname, stack.gatewayUrl);
  const response = await fetch(link, { method: 'PUT', body: sarifReport(tag), headers: { 'content-type': 'application/octet-stream' } });
  if (response.status !== 201) throw new Error(`The upload of ${tag} answered ${response.status}: ${await response.text()}`);
  return id;
}

/** A project of its own and every report of a round uploaded (no task exists yet). */
export async function prepareRound(stack: TestStack, org: SeededOrganization, label: string, tag: string, tasks: number): Promise<Round> {
  const project = await seed(stack).project(org);
  const sizes = sessionSizes(tasks);
  const uploads = sizes.map((size) => Array.from({ length: size }, () => ''));
  const slots = sizes.flatMap((size, session) => Array.from({ length: size }, (_, report) => [session, report] as const));
  await inParallel(slots, UPLOAD_CONCURRENCY, async ([session, report]) => {
    uploads[session]![report] = await uploadReport(stack, org, project.id, `${tag}-s${session}-r${report}`);
  });
  return { label, projectId: project.id, uploads, sessionIds: [] };
}

/** Starts every session of a round (its tasks are queued with it; no process works them yet). */
export async function startSessions(stack: TestStack, org: SeededOrganization, round: Round): Promise<void> {
  const ids: string[] = Array.from({ length: round.uploads.length }, () => '');
  await inParallel(round.uploads, 4, async (reportUploadIds, index) => {
    const started = await stack.request(StartAnalysisDocument, { input: { organizationId: org.id, projectId: round.projectId, reportUploadIds } }, { token: org.owner.accessToken });
    if (!started.data || started.errors) throw new Error(`startAnalysis failed: ${JSON.stringify(started.errors)}`);
    if (started.data.startAnalysis.tasks.length !== reportUploadIds.length) throw new Error(`A session of ${reportUploadIds.length} reports planned ${started.data.startAnalysis.tasks.length} tasks`);
    ids[index] = started.data.startAnalysis.id;
  });
  round.sessionIds = ids;
}
