import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DocumentNode } from 'graphql';

/** Every `*.graphql` file below `dir`, sorted by path so the SDL is the same on every machine. */
export function listSdlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '__generated__') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.graphql')) out.push(path);
    }
  };
  walk(dir);
  return out.sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}

/** The kernel's SDL shared by every subgraph (scalars, PageInfo) and the entity stubs a subgraph may reference. */
const SHARED_SDL_DIR = fileURLToPath(new URL('../sdl/', import.meta.url));
const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.7';
/**
 * `@viewerDependent` marks a field (or every field of a type) whose value depends on who asks beyond
 * their permissions in the object's organization: `me`, `viewer*`, a user's own email. Every
 * subgraph's SDL declares it and composition carries it into the supergraph, where the gateway
 * reads it: live-subscription answers are shared between subscribers only when they select no such field.
 */
export const VIEWER_DEPENDENT = 'viewerDependent';
const VIEWER_DEPENDENT_LINK = 'https://steward.dev/answers/v1.0';
const VIEWER_DEPENDENT_DEFINITION = `"""
The value depends on who asks, not only on their permissions in the object's organization: live
subscription answers that select it are never shared between subscribers.
"""
directive @${VIEWER_DEPENDENT} on FIELD_DEFINITION | OBJECT`;
const FEDERATION_DIRECTIVES = ['key', 'shareable', 'external', 'requires', 'provides', 'override', 'inaccessible', 'tag', 'interfaceObject'];

/** Names a document defines (types, scalars, enums, inputs, interfaces, unions). */
function definedNames(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  for (const definition of document.definitions) {
    if ('name' in definition && definition.name && definition.kind !== Kind.DIRECTIVE_DEFINITION && !definition.kind.endsWith('_EXTENSION')) names.add(definition.name.value);
  }
  return names;
}

/** Names a document refers to as a type (field, argument and input types, implemented interfaces, union members). */
function referencedNames(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    NamedType(node) {
      names.add(node.name.value);
    },
  });
  return names;
}

/**
 * The subgraph's SDL: its module files concatenated, plus from the kernel what it does not define
 * itself — the shared scalars and `PageInfo`, the stub of every entity it references but does not
 * own (`User`, `Organization`, `Team`), and the federation `@link` with the directives it uses.
 * The compose script, codegen and the server all read this same text.
 */
export function loadSdl(dir: string): string {
  const own = listSdlFiles(dir).map((file) => readFileSync(file, 'utf8').trim());
  const ownDocument = parse(own.join('\n\n') || 'scalar _Empty');
  const defined = definedNames(ownDocument);
  const parts: string[] = [];
  const shared = parse(readFileSync(join(SHARED_SDL_DIR, 'shared.graphql'), 'utf8'));
  for (const definition of shared.definitions) {
    if ('name' in definition && definition.name && !defined.has(definition.name.value)) parts.push(print(definition));
  }
  const referenced = referencedNames(ownDocument);
  for (const file of listSdlFiles(join(SHARED_SDL_DIR, 'stubs'))) {
    const name = basename(file, '.graphql');
    if (referenced.has(name) && !defined.has(name) && !own.some((text) => new RegExp(`extend\\s+type\\s+${name}\\b`).test(text))) {
      parts.push(readFileSync(file, 'utf8').trim());
    }
  }
  const body = [...own, ...parts].join('\n\n');
  if (body.includes(FEDERATION_LINK)) return body;
  const used = FEDERATION_DIRECTIVES.filter((name) => new RegExp(`@${name}\\b`).test(body)).map((name) => `"@${name}"`);
  return [
    `extend schema @link(url: "${FEDERATION_LINK}", import: [${[...used, '"@composeDirective"'].join(', ')}])`,
    `  @link(url: "${VIEWER_DEPENDENT_LINK}", import: ["@${VIEWER_DEPENDENT}"])`,
    `  @composeDirective(name: "@${VIEWER_DEPENDENT}")`,
    '',
    VIEWER_DEPENDENT_DEFINITION,
    '',
    body,
  ].join('\n');
}

/** Parsed form of {@link loadSdl}. */
export function loadTypeDefs(dir: string): DocumentNode {
  return parse(loadSdl(dir));
}

type FieldResolvers = Record<string, unknown>;
/** A map from GraphQL type name to that type's resolvers (or a scalar). */
export type ResolverMap = Record<string, FieldResolvers | object>;

/**
 * Assembles module resolver maps into one, type by type. A field defined twice is a mistake
 * (one module would silently replace another's), so it throws instead.
 */
export function assembleResolvers(maps: ResolverMap[]): ResolverMap {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = (out[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields as FieldResolvers)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined by two modules.`);
        target[field] = resolver;
      }
    }
  }
  return out;
}
