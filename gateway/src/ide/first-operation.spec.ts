import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FIRST_OPERATION } from './mount-ide.js';

describe("the IDE's first tab", () => {
  it('holds an operation the API accepts', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'));
    expect(validate(schema, parse(FIRST_OPERATION)).map((error) => error.message)).toEqual([]);
  });
});
