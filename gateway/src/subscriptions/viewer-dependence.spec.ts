import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VIEWER_DEPENDENT } from '@steward/kernel';
import { apiSchemaFromSupergraph, readSupergraph } from '../supergraph.js';
import { ViewerDependence } from './viewer-dependence.js';

const { sdl } = readSupergraph();
const schema = apiSchemaFromSupergraph(sdl);
const dependence = ViewerDependence.fromSupergraph(sdl);
const depends = (query: string) => dependence.dependsOnViewer(schema, parse(query));

describe('ViewerDependence over the composed supergraph', () => {
  it('finds marked fields, fields of marked types and convention-named fields, through fragments too', () => {
    expect(depends('query($id: ID!) { llmUsageBatch(id: $id) { id requests project { name createdBy { name } } } }')).toBe(false);
    expect(depends('query($id: ID!) { llmUsageBatch(id: $id) { project { createdBy { email } } } }')).toBe(true);
    expect(depends('query($id: ID!) { llmUsageBatch(id: $id) { organization { viewerCanUpdate } } }')).toBe(true);
    expect(depends('query($id: ID!) { llmUsageBatch(id: $id) { ...F } } fragment F on LlmUsageBatch { project { createdBy { memberships { id } } } }')).toBe(true);
    expect(depends('{ me { id } }')).toBe(true);
  });

  it('marks every field Steward names as the viewer’s (me, my…, viewer…) in the supergraph', () => {
    const unmarked: string[] = [];
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      for (const field of definition.fields ?? []) {
        const marked = field.directives?.some((directive) => directive.name.value === VIEWER_DEPENDENT);
        if (/^(me|my[A-Z]\w*|viewer[A-Z]?\w*)$/.test(field.name.value) && !marked) unmarked.push(`${definition.name.value}.${field.name.value}`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('treats a field the schema does not know as viewer-dependent', () => {
    expect(dependence.dependsOnViewer(schema, parse('{ notAField }'))).toBe(true);
  });
});
