import {
  Kind,
  TypeInfo,
  isAbstractType,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { VIEWER_DEPENDENT } from '@steward/kernel';

/**
 * Fields named like these depend on who asks by Steward's naming convention (`me`, `myOrganizations`,
 * `viewerCanPromote`); they count as viewer-dependent even where a subgraph forgot the mark.
 */
const VIEWER_NAMED = /^(me|my[A-Z]\w*|viewer[A-Z]?\w*)$/;

/**
 * Which fields of the graph depend on who asks beyond their permissions in the object's organization,
 * as the subgraphs marked them with `@viewerDependent` and composition carried the mark into the
 * supergraph. Two subscribers may share an event's answer only when their selection reaches no such
 * field (see event-answers.ts). A field the schema does not know is treated as viewer-dependent.
 */
export class ViewerDependence {
  private constructor(
    /** `Type.field` for a marked field, `Type.*` for every field of a marked type. */
    private readonly marked: ReadonlySet<string>,
  ) {}

  static fromSupergraph(supergraphSdl: string): ViewerDependence {
    const marked = new Set<string>();
    const hasMark = (node: { directives?: readonly { name: { value: string } }[] }) => node.directives?.some((directive) => directive.name.value === VIEWER_DEPENDENT) ?? false;
    for (const definition of parse(supergraphSdl).definitions) {
      if (
        definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
      ) {
        continue;
      }
      const type = definition.name.value;
      if (hasMark(definition)) marked.add(`${type}.*`);
      for (const field of definition.fields ?? []) if (hasMark(field)) marked.add(`${type}.${field.name.value}`);
    }
    return new ViewerDependence(marked);
  }

  /** Whether `field` of `parent` (or of any type an abstract `parent` may be) is viewer-dependent. */
  private fieldDepends(schema: GraphQLSchema, parent: GraphQLCompositeType, field: string): boolean {
    if (VIEWER_NAMED.test(field)) return true;
    const types = isAbstractType(parent) ? [parent, ...schema.getPossibleTypes(parent)] : [parent];
    return types.some((type) => this.marked.has(`${type.name}.*`) || this.marked.has(`${type.name}.${field}`));
  }

  /** Whether any field `document` selects (through fragments too) depends on who asks. */
  dependsOnViewer(schema: GraphQLSchema, document: DocumentNode): boolean {
    const typeInfo = new TypeInfo(schema);
    let depends = false;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: (node) => {
          if (node.name.value === '__typename') return;
          const parent = typeInfo.getParentType();
          if (!parent || !typeInfo.getFieldDef() || this.fieldDepends(schema, parent, node.name.value)) depends = true;
        },
      }),
    );
    return depends;
  }
}
