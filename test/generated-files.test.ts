import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isScalarType } from 'graphql';
import { API_SCHEMA_PATH, DOCKERFILE_PATH, DOCKER_COMPOSE_PATH, REPO_ROOT, SUPERGRAPH_PATH, composeSupergraph, readSupergraphConfig, renderDeployFiles } from '../schema/compose-supergraph.js';
import codegenConfig from '../codegen.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

describe('checked-in generated files', () => {
  it('has a supergraph and API schema that match the subgraphs (run `npm run compose`)', () => {
    const { supergraphSdl, apiSchema } = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(apiSchema);
  });

  it('has docker-compose.yml and a Dockerfile that match the subgraph list and descriptors (run `npm run compose`)', async () => {
    const { dockerCompose, dockerfile } = await renderDeployFiles();
    expect(readFileSync(DOCKER_COMPOSE_PATH, 'utf8')).toBe(dockerCompose);
    expect(readFileSync(DOCKERFILE_PATH, 'utf8')).toBe(dockerfile);
  });

  it('lists every subgraph folder in schema/supergraph.yaml', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(resolve(REPO_ROOT, 'subgraphs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(readSupergraphConfig().subgraphs.map((s) => s.name).sort()).toEqual(folders.sort());
  });

  it('has codegen output that matches the schema and operations (run `npm run codegen`)', async () => {
    const previous = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      const outputs = await generate({ ...codegenConfig, silent: true, verbose: false }, false);
      expect(outputs.length).toBeGreaterThan(1);
      for (const output of outputs) {
        expect(readFileSync(resolve(REPO_ROOT, output.filename), 'utf8'), output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  }, 60_000);

  it('gives every type, field, argument and input field of the API a description', () => {
    const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && !type.astNode)) continue;
      // Root operation types are spread over modules as extensions; their fields carry the documentation.
      if (!type.description && !ROOT_TYPES.has(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
