import { CreateBudgetDocument, OrganizationProjectsDocument, PromoteVersionDocument, RollbackVersionDocument, type LlmUsageInput } from '@steward/client';
// The seed builders' own modules, not the harness's index: that one also loads the test database and fake servers.
import { seed } from '../testing/seed.js';
import type { SeedTarget } from '../testing/stack.js';
import type { SeededUser } from '../testing/seeds/identity.seed.js';
import { recordUsage } from '../testing/seeds/metrics.seed.js';
import type { SeededVersion } from '../testing/seeds/projects.seed.js';
import { seedRequest } from '../testing/seeds/seed-request.js';
import { DEMO_PROJECTS, trafficOf } from './demo-projects.js';

/** The password of every demo person, printed at the end of `npm run demo`. */
export const DEMO_PASSWORD = 'steward-demo-password';

/** The demo people: their role in the organization, name and email. */
export const DEMO_PEOPLE = [
  { role: 'owner', name: 'Ada Lovelace', email: 'ada@acme.example' },
  { role: 'admin', name: 'Grace Hopper', email: 'grace@acme.example' },
  { role: 'viewer', name: 'Alan Turing', email: 'alan@acme.example' },
] as const;

/** What the demo made, for the summary `npm run demo` prints and for its test. */
export interface DemoOrganization {
  organization: { id: string; slug: string; name: string };
  people: { role: string; name: string; email: string; accessToken: string }[];
  password: string;
  /** The API key's secret, shown once: it records usage as the built-in member role. */
  apiKey: { name: string; secret: string };
  budgets: string[];
  /** How many usage records were accepted. */
  usageRecords: number;
  projects: { slug: string; name: string; versions: { name: string; stage: string; gate: string }[] }[];
}

/**
 * Seeds the demo organization through the gateway, as its people and its CI would: three people
 * (owner, admin, viewer; each verified their email, the others joined by invitation), an API key,
 * budgets, four projects with gates and versions at every stage, and a week of LLM usage recorded
 * with the API key. Names, emails and request ids are fixed; timestamps end at `now`. `target`'s
 * log lines must carry the stack's mail (SMTP_URL unset), where the invitation links are read.
 */
export async function seedDemoOrganization(target: SeedTarget, now = new Date()): Promise<DemoOrganization> {
  const builder = seed(target);
  const signUp = ({ name, email }: (typeof DEMO_PEOPLE)[number]) => builder.verifiedUser({ name, email, password: DEMO_PASSWORD });
  const [owner, admin, viewer] = await Promise.all([signUp(DEMO_PEOPLE[0]), signUp(DEMO_PEOPLE[1]), signUp(DEMO_PEOPLE[2])]);
  const org = await builder.org({ owner, name: 'Acme AI', slug: 'acme' });
  const [apiKey] = await Promise.all([org.apiKey('member', { name: 'ci-usage-recorder' }), org.member('admin', admin), org.member('viewer', viewer)]);

  // Projects are independent of each other: made side by side, each one's versions in order.
  const projects = await Promise.all(
    DEMO_PROJECTS.map(async (plan) => {
      const project = await builder.project(org, { name: plan.name, slug: plan.slug, description: plan.description, settings: plan.settings });
      for (const baseline of plan.baselines) await project.baseline(baseline);
      const versions: SeededVersion[] = [];
      for (const version of plan.versions) {
        const modelConfig = { provider: version.provider, model: version.model, temperature: version.temperature };
        versions.push(await project.version({ name: version.name, changelog: version.changelog, modelConfig }));
      }
      return { plan, project, versions };
    }),
  );

  const costliest = projects.find(({ plan }) => plan.slug === 'code-review-bot')?.project.id;
  const budgets = await createBudgets(target, org.id, owner, costliest);
  const records: LlmUsageInput[] = projects.flatMap(({ plan, project, versions }, p) =>
    plan.versions.flatMap((version, v) => trafficOf({ projectId: project.id, versionId: versions[v]!.id, label: `${plan.slug}-v${v + 1}` }, version, now, 1000 * (p + 1) + v)),
  );
  let usageRecords = 0;
  for (let start = 0; start < records.length; start += 1000) {
    usageRecords += (await recordUsage(target, org.id, apiKey.secret, records.slice(start, start + 1000))).accepted;
  }

  await Promise.all(
    projects.map(async ({ plan, project, versions }) => {
      for (const step of plan.lifecycle) {
        if ('promote' in step) {
          await seedRequest(target, 'a promotion', PromoteVersionDocument, { input: { versionId: versions[step.promote]!.id, reason: step.reason } }, owner.accessToken);
        } else {
          await seedRequest(target, 'a rollback', RollbackVersionDocument, { input: { projectId: project.id, reason: step.rollback } }, owner.accessToken);
        }
      }
    }),
  );

  const users = { owner, admin, viewer };
  const people = DEMO_PEOPLE.map((person) => ({ ...person, accessToken: users[person.role].accessToken }));
  return {
    organization: { id: org.id, slug: org.slug, name: org.name },
    people,
    password: DEMO_PASSWORD,
    apiKey: { name: 'ci-usage-recorder', secret: apiKey.secret },
    budgets,
    usageRecords,
    projects: await readProjects(target, org.id, owner.accessToken),
  };
}

/** A monthly budget for the organization and a daily one for the costliest project, which its usage today usually crosses (alerts); returns their names. */
async function createBudgets(target: SeedTarget, organizationId: string, owner: SeededUser, projectId: string | undefined): Promise<string[]> {
  const inputs = [
    { organizationId, name: 'Acme AI monthly', scope: 'ORGANIZATION' as const, period: 'MONTHLY' as const, limitUsd: '250', alertThresholds: [0.5, 0.8, 1] },
    { organizationId, name: 'Code Review Bot daily', scope: 'PROJECT' as const, scopeId: projectId, period: 'DAILY' as const, limitUsd: '2', alertThresholds: [0.5, 0.8, 1] },
  ];
  for (const input of inputs) await seedRequest(target, 'a budget', CreateBudgetDocument, { input }, owner.accessToken);
  return inputs.map((input) => input.name);
}

/** The projects as the API shows them now: each version's stage and gate status. */
async function readProjects(target: SeedTarget, organizationId: string, token: string): Promise<DemoOrganization['projects']> {
  const { organization } = await seedRequest(target, 'a read of the projects', OrganizationProjectsDocument, { id: organizationId, first: 20 }, token);
  const nodes = organization?.projects?.edges.map((edge) => edge.node) ?? [];
  return DEMO_PROJECTS.map((plan) => {
    const node = nodes.find((candidate) => candidate.slug === plan.slug);
    const versions = node?.versions.edges.map((edge) => ({ name: edge.node.name, stage: edge.node.stage, gate: edge.node.gate.status })) ?? [];
    return { slug: plan.slug, name: plan.name, versions };
  });
}
