import type { DemoOrganization } from './demo-organization.js';

const STAGE_NAMES: Record<string, string> = { V1: 'candidate', V2: 'production', V3: 'retired' };

/** What `npm run demo` prints once the demo organization is seeded: who to sign in as, the key, what is there. */
export function formatDemoSummary(demo: DemoOrganization, gatewayUrl: string): string {
  const width = Math.max(...demo.people.map((person) => person.email.length));
  const people = demo.people.map((person) => `    ${person.role.padEnd(6)}  ${person.email.padEnd(width)}  ${person.name}`);
  const projects = demo.projects.map((project) => {
    const versions = project.versions.map((version) => `${version.name} ${STAGE_NAMES[version.stage] ?? version.stage} (gate ${version.gate.toLowerCase()})`);
    return `    ${project.slug.padEnd(20)} ${versions.join(', ')}`;
  });
  const login = JSON.stringify({
    query: `mutation { login(input: {email: "${demo.people[0]!.email}", password: "${demo.password}"}) { accessToken } }`,
  });
  return [
    `  Demo organization "${demo.organization.name}" (slug ${demo.organization.slug}, id ${demo.organization.id}), seeded:`,
    '',
    `  People (password for all: ${demo.password}):`,
    ...people,
    '',
    `  API key "${demo.apiKey.name}" (role member; shown only now): ${demo.apiKey.secret}`,
    `  Budgets: ${demo.budgets.join(', ')}. Usage: ${demo.usageRecords} LLM requests over the last 7 days.`,
    '',
    '  Projects and versions:',
    ...projects,
    '',
    '  Sign in:',
    `    curl -s ${gatewayUrl} -H 'content-type: application/json' -d '${login}'`,
    '  Data is kept in STEWARD_DATA_DIR: `npm start` serves it again; `npm run demo -- --force` seeds it anew.',
    '',
  ].join('\n');
}
