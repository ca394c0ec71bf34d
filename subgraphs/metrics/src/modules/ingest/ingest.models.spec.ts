import { describe, expect, it } from 'vitest';
import { LlmUsageRecordModel } from './ingest.models.js';

const PROJECT = '0b7f8a52-5a43-4c1e-9d6a-3f1c2b4e5d60';
const VERSION = '5c2d9e1f-7a3b-4f6e-8d0c-1a2b3c4d5e6f';
const minimal = { requestId: ' req-1 ', occurredAt: new Date('2024-05-01T10:00:00Z'), provider: 'OpenAI', model: 'gpt-4', inputTokens: 10, outputTokens: 5, status: 'SUCCESS' };

describe('an LLM usage record', () => {
  it('comes out whole: absent and null fields read as null, token counts as 0, the provider in lower case', () => {
    const fromAbsent = LlmUsageRecordModel.parse(minimal);
    const fromNulls = LlmUsageRecordModel.parse({
      ...minimal,
      projectId: null,
      versionId: null,
      teamId: null,
      userId: null,
      cacheReadTokens: null,
      cacheWriteTokens: null,
      latencyMs: null,
      timeToFirstTokenMs: null,
      errorType: null,
      costUsd: null,
      attributes: null,
    });
    const expected = {
      requestId: 'req-1',
      occurredAt: new Date('2024-05-01T10:00:00Z'),
      projectId: null,
      versionId: null,
      teamId: null,
      userId: null,
      provider: 'openai',
      model: 'gpt-4',
      inputTokens: 10,
      outputTokens: 5,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      latencyMs: null,
      timeToFirstTokenMs: null,
      status: 'SUCCESS',
      errorType: null,
      costUsd: null,
      attributes: null,
    };
    expect(fromAbsent).toStrictEqual(expected);
    expect(fromNulls).toStrictEqual(expected);
  });

  it('keeps what was given', () => {
    const record = { ...minimal, projectId: PROJECT, versionId: VERSION, cacheReadTokens: 3, latencyMs: 900, timeToFirstTokenMs: 120, status: 'ERROR', errorType: 'timeout', costUsd: 1500n, attributes: { route: '/chat' } };
    expect(LlmUsageRecordModel.parse(record)).toMatchObject({ projectId: PROJECT, versionId: VERSION, cacheReadTokens: 3, cacheWriteTokens: 0, latencyMs: 900, timeToFirstTokenMs: 120, errorType: 'timeout', costUsd: 1500n, attributes: { route: '/chat' } });
  });

  it('applies the rules across fields whether a field is absent or null', () => {
    const issues = (input: object) => LlmUsageRecordModel.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ ...minimal, errorType: 'timeout' })).toEqual([['errorType', 'is only allowed when status is ERROR']]);
    expect(issues({ ...minimal, versionId: VERSION })).toEqual([['projectId', 'is required when versionId is given']]);
    expect(issues({ ...minimal, versionId: VERSION, projectId: null })).toEqual([['projectId', 'is required when versionId is given']]);
    expect(issues({ ...minimal, latencyMs: 100, timeToFirstTokenMs: 200 })).toEqual([['timeToFirstTokenMs', 'must not exceed latencyMs']]);
    expect(issues({ ...minimal, timeToFirstTokenMs: 200 })).toBeUndefined();
    expect(issues({ ...minimal, projectId: 'not-an-id' })).toEqual([['projectId', 'must be the id of a project']]);
  });
});
