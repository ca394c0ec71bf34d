import { describe, expect, it } from 'vitest';
import { contextPaths, describeActionContext, normaliseContext } from './action-contexts.js';
import { llmRaw, refusal } from './testing.js';

describe('normaliseContext', () => {
  it('turns int fields into BigInt for cel-js and keeps double fields as numbers', () => {
    const { values } = normaliseContext('LLM_REQUEST', llmRaw({ request: { promptTokens: 120, costUsd: 1 } }));
    expect(values.request.promptTokens).toBe(120n);
    expect(values.request.costUsd).toBe(1);
    expect(typeof values.request.costUsd).toBe('number');
  });

  it('fills documented defaults and null for absent optional values', () => {
    const { values } = normaliseContext('LLM_REQUEST', { subject: { organizationId: 'org-1' }, request: { model: 'gpt-4o', provider: 'openai' } });
    expect(values.subject).toEqual({ organizationId: 'org-1', userId: null, teamIds: [], apiKeyId: null, projectId: null });
    expect(values.request).toMatchObject({ promptTokens: 0n, completionTokens: 0n, totalTokens: 0n, costUsd: 0, prompt: '', completion: '' });
    expect(values.spend).toEqual({ dayUsd: 0, monthUsd: 0 });
    expect(values.budget).toEqual({ limitUsd: 0, spentUsd: 0, forecastUsd: 0, exhaustsBeforePeriodEnd: false });
  });

  it('treats null like an absent value', () => {
    const { values } = normaliseContext('LLM_REQUEST', llmRaw({ subject: { apiKeyId: null }, request: { costUsd: null } }));
    expect(values.subject.apiKeyId).toBeNull();
    expect(values.request.costUsd).toBe(0);
  });

  it('fills a whole missing group from its defaults', () => {
    const { values } = normaliseContext('PROMOTE_VERSION', {
      subject: { organizationId: 'org-1' },
      project: { id: 'p', slug: 'chat' },
      version: { id: 'v', number: 3 },
    });
    expect(values.findings.open).toEqual({ critical: 0n, major: 0n, minor: 0n, info: 0n });
    expect(values.gate).toEqual({ status: 'NO_DATA', failedConditions: 0n });
    expect(values.version.modelConfig).toEqual({});
    expect(values.baselines).toEqual([]);
  });

  it('names a field of the wrong type by its path under input.context', () => {
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ request: { promptTokens: '12' } })))).toEqual({
      field: 'input.context.request.promptTokens',
      message: 'input.context.request.promptTokens: must be a whole number (got a string)',
    });
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ request: { promptTokens: 1.5 } }))).field).toBe('input.context.request.promptTokens');
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ request: { costUsd: Number.POSITIVE_INFINITY } }))).field).toBe('input.context.request.costUsd');
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ budget: { exhaustsBeforePeriodEnd: 'yes' } }))).field).toBe(
      'input.context.budget.exhaustsBeforePeriodEnd',
    );
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ subject: { teamIds: ['a', 2] } }))).field).toBe('input.context.subject.teamIds.1');
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ request: ['model'] }))).field).toBe('input.context.request');
  });

  it('refuses an unknown key at the top level and below, listing what exists', () => {
    expect(refusal(() => normaliseContext('LLM_REQUEST', { ...llmRaw(), reqest: {} }))).toEqual({
      field: 'input.context.reqest',
      message: 'input.context.reqest: unknown field; the LLM_REQUEST context has subject, request, spend, budget',
    });
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ request: { promptToken: 1 } }))).field).toBe('input.context.request.promptToken');
  });

  it('refuses a missing required value and a gate status outside its list', () => {
    expect(refusal(() => normaliseContext('LLM_REQUEST', { subject: { organizationId: 'org-1' }, request: { provider: 'openai' } }))).toEqual({
      field: 'input.context.request.model',
      message: 'input.context.request.model: is required',
    });
    const gate = refusal(() => normaliseContext('MERGE_PULL_REQUEST', { subject: { organizationId: 'o' }, repository: { id: 'r', fullName: 'a/b' }, pullRequest: { number: 1 }, gate: { status: 'GREEN' } }));
    expect(gate).toEqual({ field: 'input.context.gate.status', message: 'input.context.gate.status: must be one of PASSED, WARN, FAILED, NO_DATA' });
  });

  it('refuses a context that is not an object, and reports under another argument name when asked', () => {
    expect(refusal(() => normaliseContext('LLM_REQUEST', 'hello')).field).toBe('input.context');
    expect(refusal(() => normaliseContext('LLM_REQUEST', llmRaw({ request: { costUsd: 'x' } }), 'context')).field).toBe('context.request.costUsd');
  });

  it('keeps a free-form model configuration as given', () => {
    const { values } = normaliseContext('PROMOTE_VERSION', {
      subject: { organizationId: 'o' },
      project: { id: 'p', slug: 's' },
      version: { id: 'v', number: 1, modelConfig: { temperature: 0.2, stop: ['\n'] } },
    });
    expect(values.version.modelConfig).toEqual({ temperature: 0.2, stop: ['\n'] });
  });
});

describe('describeActionContext', () => {
  it('renders every declared field with its type and default as Markdown', () => {
    const text = describeActionContext('LLM_REQUEST');
    expect(text).toMatch(/^\*\*LLM_REQUEST\*\*: /);
    expect(text).toContain('- `request.promptTokens` (int, default 0): Tokens in the prompt.');
    expect(text).toContain('- `request.costUsd` (double, default 0): What this request costs, in USD.');
    expect(text).toContain('- `subject.apiKeyId` (string or null, null when absent)');
    expect(text).toContain('- `request.model` (string, required)');
    expect(text).toContain('Never shown in explanations.');
    expect(describeActionContext('MERGE_PULL_REQUEST')).toContain('`gate.status` (string, one of PASSED | WARN | FAILED | NO_DATA, default NO_DATA)');
  });
});

describe('contextPaths', () => {
  it('lists every leaf path of an action, e.g. to check mask paths', () => {
    expect(contextPaths('LLM_REQUEST')).toContain('request.prompt');
    expect(contextPaths('PROMOTE_VERSION')).toContain('findings.new.critical');
    expect(contextPaths('PROMOTE_VERSION')).toContain('baselines');
    expect(contextPaths('MERGE_PULL_REQUEST')).not.toContain('baselines');
  });
});
