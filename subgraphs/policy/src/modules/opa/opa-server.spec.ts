import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpa, type FakeOpa } from '../../../test/fakes/fake-opa.js';
import { HttpOpaServer, OpaEvaluationError, OpaUnavailableError, packageOf, RegoInvalidError } from './opa-server.js';

const COST_POLICY = `# Steward cost guard
package steward.cost

import rego.v1

deny contains msg if {
\tinput.cost.usd > 5
\tmsg := "too expensive"
}
`;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('HttpOpaServer', () => {
  let fake: FakeOpa;
  let opa: HttpOpaServer;

  beforeEach(async () => {
    fake = await startFakeOpa();
    opa = new HttpOpaServer(fake.url, { timeoutMs: 2_000 });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('uploads a module as one encoded id segment with the Rego text as the body', async () => {
    const moduleId = `steward/${randomUUID()}`;

    await opa.upsertModule(moduleId, COST_POLICY);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'PUT', path: `/v1/policies/steward%2F${moduleId.slice('steward/'.length)}`, body: COST_POLICY });
    expect(request?.headers['content-type']).toBe('text/plain');
    // OPA unescapes the id, so the module is stored under the id the caller gave.
    expect(fake.modules.get(moduleId)).toBe(COST_POLICY);
  });

  it('replaces a module uploaded again under the same id', async () => {
    await opa.upsertModule('steward/v1', COST_POLICY);
    const changed = COST_POLICY.replace('> 5', '> 10');

    await opa.upsertModule('steward/v1', changed);

    expect([...fake.modules]).toEqual([['steward/v1', changed]]);
  });

  it('refuses a module that does not compile, with the line and column OPA reports', async () => {
    const source = 'package steward.cost\n\ndeny contains msg if {\n  this is a syntax error\n}\n';

    const error = await rejection(opa.upsertModule('steward/broken', source));

    expect(error).toBeInstanceOf(RegoInvalidError);
    expect((error as RegoInvalidError).problems).toEqual([{ message: 'unexpected ident token: syntax error', row: 4, col: 13 }]);
    expect((error as Error).message).toContain('line 4, column 13');
    expect(fake.modules.has('steward/broken')).toBe(false);
  });

  it('refuses a module without a package declaration at line 1', async () => {
    const error = await rejection(opa.upsertModule('steward/nopkg', 'deny contains "x" if true\n'));

    expect((error as RegoInvalidError).problems).toEqual([{ message: 'package expected', row: 1, col: 1 }]);
  });

  it('keeps a refusal without error locations as one problem with no place', async () => {
    fake.failNext(400, 1, { body: { code: 'invalid_parameter', message: 'empty module' } });

    const error = await rejection(opa.upsertModule('steward/empty', ''));

    expect(error).toBeInstanceOf(RegoInvalidError);
    expect((error as RegoInvalidError).problems).toEqual([{ message: 'empty module', row: null, col: null }]);
  });

  it('evaluates a rule with POST /v1/data/<package path>/<rule> and { input }, and returns the result', async () => {
    await opa.upsertModule('steward/v1', COST_POLICY);
    fake.answer('steward/cost/deny', (input) => ((input as { cost: { usd: number } }).cost.usd > 5 ? ['too expensive'] : []));
    const input = { cost: { usd: 7.5 }, subject: { kind: 'user', id: 'u1' } };

    const result = await opa.evaluate('steward.cost', 'deny', input);

    expect(result).toEqual(['too expensive']);
    const request = fake.requests.at(-1);
    expect(request).toMatchObject({ method: 'POST', path: '/v1/data/steward/cost/deny', body: { input } });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(await opa.evaluate('steward.cost', 'deny', { cost: { usd: 1 } })).toEqual([]);
  });

  it('returns undefined when the rule is undefined', async () => {
    await opa.upsertModule('steward/v1', COST_POLICY);
    fake.answer('steward/cost/warn', () => undefined);

    expect(await opa.evaluate('steward.cost', 'warn', {})).toBeUndefined();
  });

  it('returns undefined when no loaded module declares the package, as OPA does', async () => {
    fake.answer('steward/cost/deny', () => ['never seen']);

    expect(await opa.evaluate('steward.cost', 'deny', {})).toBeUndefined();
  });

  it('reports a failed evaluation of the policy with its problems, as an OpaUnavailableError', async () => {
    fake.failNext(500, 1, {
      body: {
        code: 'internal_error',
        message: 'error(s) occurred while evaluating query',
        errors: [{ code: 'eval_conflict_error', message: 'complete rules must not produce multiple outputs', location: { file: 'steward/v1', row: 6, col: 1 } }],
      },
    });

    const error = await rejection(opa.evaluate('steward.cost', 'allow', {}));

    expect(error).toBeInstanceOf(OpaEvaluationError);
    expect(error).toBeInstanceOf(OpaUnavailableError);
    expect((error as OpaEvaluationError).problems).toEqual([{ message: 'complete rules must not produce multiple outputs', row: 6, col: 1 }]);
  });

  it('reports a 5xx as OPA unavailable, with the status', async () => {
    fake.failNext(503, 2, { body: { code: 'internal_error', message: 'overloaded' } });

    const onUpsert = await rejection(opa.upsertModule('steward/v1', COST_POLICY));
    const onEvaluate = await rejection(opa.evaluate('steward.cost', 'deny', {}));

    for (const error of [onUpsert, onEvaluate]) {
      expect(error).toBeInstanceOf(OpaUnavailableError);
      expect(error).not.toBeInstanceOf(OpaEvaluationError);
      expect(error).toMatchObject({ reason: 'answer', status: 503 });
    }
  });

  it('reports a stopped server as OPA unavailable (network)', async () => {
    await fake.close();

    const onUpsert = await rejection(opa.upsertModule('steward/v1', COST_POLICY));
    const onEvaluate = await rejection(opa.evaluate('steward.cost', 'deny', {}));

    for (const error of [onUpsert, onEvaluate]) {
      expect(error).toBeInstanceOf(OpaUnavailableError);
      expect(error).toMatchObject({ reason: 'network', status: null });
    }
  });

  it('gives up on a server slower than the timeout', async () => {
    const impatient = new HttpOpaServer(fake.url, { timeoutMs: 150 });
    fake.hangNext(2);

    const onUpsert = await rejection(impatient.upsertModule('steward/v1', COST_POLICY));
    const onEvaluate = await rejection(impatient.evaluate('steward.cost', 'deny', {}));

    for (const error of [onUpsert, onEvaluate]) {
      expect(error).toBeInstanceOf(OpaUnavailableError);
      expect(error).toMatchObject({ reason: 'timeout', status: null });
    }
    expect(fake.requests.map((request) => request.method)).toEqual(['PUT', 'POST']);
  });

  it('deletes a module, and counts one OPA does not have as deleted', async () => {
    await opa.upsertModule('steward/v1', COST_POLICY);

    await opa.deleteModule('steward/v1');
    await opa.deleteModule('steward/v1');

    expect(fake.modules.size).toBe(0);
    expect(fake.requests.slice(1).map((request) => `${request.method} ${request.path}`)).toEqual(['DELETE /v1/policies/steward%2Fv1', 'DELETE /v1/policies/steward%2Fv1']);
  });

  it('keeps the path prefix of an OPA behind a proxy', async () => {
    const proxied = new HttpOpaServer(`${fake.url}/opa/`, { timeoutMs: 2_000 });

    await rejection(proxied.upsertModule('steward/v1', COST_POLICY));
    await rejection(proxied.evaluate('steward.cost', 'deny', {}));

    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /opa/v1/policies/steward%2Fv1', 'POST /opa/v1/data/steward/cost/deny']);
  });

  it('refuses to evaluate a path that is not dotted identifiers, or a null input, without calling OPA', async () => {
    await expect(opa.evaluate('steward.cost', 'deny/../x', {})).rejects.toThrow(TypeError);
    await expect(opa.evaluate('steward["a-b"]', 'deny', {})).rejects.toThrow(TypeError);
    await expect(opa.evaluate('steward.cost', 'deny', null)).rejects.toThrow(TypeError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('the fake OPA', () => {
  let fake: FakeOpa;

  beforeEach(async () => {
    fake = await startFakeOpa();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('fails loudly when a loaded module covers a data path that has no answer set', async () => {
    await new HttpOpaServer(fake.url, { timeoutMs: 2_000 }).upsertModule('steward/v1', COST_POLICY);

    const response = await fetch(`${fake.url}/v1/data/steward/cost/deny`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"input":{}}' });

    expect(response.status).toBe(500);
    expect(((await response.json()) as { message: string }).message).toContain("answer('steward/cost/deny'");
  });

  it('serves a stored module by id, encoded or not, and 404 for an unknown one', async () => {
    await new HttpOpaServer(fake.url, { timeoutMs: 2_000 }).upsertModule('steward/v1', COST_POLICY);

    for (const path of ['steward%2Fv1', 'steward/v1']) {
      const response = await fetch(`${fake.url}/v1/policies/${path}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ result: { id: 'steward/v1', raw: COST_POLICY, ast: { package: { path: [{ value: 'data' }, { value: 'steward' }, { value: 'cost' }] } } } });
    }
    const missing = await fetch(`${fake.url}/v1/policies/steward%2Fnone`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'resource_not_found' });
  });
});

describe('packageOf', () => {
  it('reads the package declaration after comments and blank lines', () => {
    expect(packageOf(COST_POLICY)).toBe('steward.cost');
    expect(packageOf('\uFEFF\r\n# METADATA\r\n# title: x\r\npackage a.b.c\r\n')).toBe('a.b.c');
    expect(packageOf('package  steward.cost   # the cost rules\n')).toBe('steward.cost');
  });

  it('returns the path as written when it uses brackets', () => {
    expect(packageOf('package steward["cost-guard"]\n')).toBe('steward["cost-guard"]');
    expect(packageOf('package steward["cost guard"] # spaced\n')).toBe('steward["cost guard"]');
  });

  it('returns null when the module does not start with a package declaration', () => {
    expect(packageOf('')).toBeNull();
    expect(packageOf('# only a comment\n')).toBeNull();
    expect(packageOf('import rego.v1\npackage steward.cost\n')).toBeNull();
    expect(packageOf('packages steward.cost\n')).toBeNull();
    expect(packageOf('package\n')).toBeNull();
  });
});
