import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonEnvShape, grantsCacheEnvShape } from '../kernel/src/env.js';
import { mailEnvShape } from '../kernel/src/mail.js';
import { gatewayEnvShape } from '../gateway/src/gateway.env.js';
import { loadDescriptors } from '../kernel/src/subgraph-list.js';

// The README's Configuration table is the operator's manual: every variable a process reads has a
// row, and every row names a variable some process reads.

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Variables named in the first column of the README's Configuration table (`A` / `B` rows give two). */
function readmeVariables(): string[] {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = /^## Configuration\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Configuration" section');
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*-+/.test(line));
  const [header, ...body] = rows;
  expect(header, 'the table starts with a header row').toMatch(/^\|\s*variable\s*\|/);
  return body.flatMap((row) => {
    const first = row.split('|')[1] ?? '';
    return [...first.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
  });
}

/** Every variable a process reads: the kernel's, each listed subgraph's descriptor env shape, the gateway's; plus the special rows. */
async function variablesRead(): Promise<Set<string>> {
  const names = new Set([...Object.keys(commonEnvShape), ...Object.keys(grantsCacheEnvShape), ...Object.keys(mailEnvShape), ...Object.keys(gatewayEnvShape)]);
  for (const descriptor of await loadDescriptors()) for (const name of Object.keys(descriptor.envShape)) names.add(name);
  // HOST: also read by every subgraph running alone (kernel/src/subgraph-runtime.ts); SUBGRAPH_URL_<NAME>: the gateway's
  // overrides; STEWARD_SUBGRAPHS: read by `npm start` before it knows which env shapes to parse.
  names.add('HOST');
  names.add('SUBGRAPH_URL_<NAME>');
  names.add('STEWARD_SUBGRAPHS');
  return names;
}

describe('the README Configuration table', () => {
  it('has a row for every variable a process reads', async () => {
    const documented = new Set(readmeVariables());
    const missing = [...(await variablesRead())].filter((name) => !documented.has(name)).sort();
    expect(missing, 'add a row (default and meaning) to README.md#configuration').toEqual([]);
  });

  it('has no row for a variable no process reads', async () => {
    const read = await variablesRead();
    const unknown = readmeVariables().filter((name) => !read.has(name));
    expect(unknown, 'remove the row or read the variable in an env shape').toEqual([]);
  });

  it('documents each variable once', () => {
    const names = readmeVariables();
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});
