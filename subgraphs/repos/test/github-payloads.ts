import { createRequire } from 'node:module';

/** One event of @octokit/webhooks-examples: its recorded payloads. */
interface ExampleEvent {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const events = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleEvent[];

/**
 * A real payload GitHub sent (recorded in @octokit/webhooks-examples), deep-copied, for `event`
 * with `action`, retargeted at `fullName` so it belongs to the repository a test connected.
 */
export function githubPayload(event: string, action: string | null, fullName: string, index = 0): Record<string, unknown> & { pull_request?: Record<string, unknown> } {
  const examples = events.find((candidate) => candidate.name === event)?.examples.filter((example) => action === null || example.action === action) ?? [];
  const example = examples[index];
  if (!example) throw new Error(`No recorded ${event}.${action ?? '*'} payload #${index}`);
  const copy = structuredClone(example) as Record<string, unknown> & { repository?: { full_name?: string } };
  if (copy.repository) copy.repository.full_name = fullName;
  return copy;
}
