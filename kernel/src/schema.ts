import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

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

/** The subgraph's SDL: its module files concatenated. The compose script reads the same files. */
export function loadSdl(dir: string): string {
  return listSdlFiles(dir)
    .map((file) => readFileSync(file, 'utf8').trim())
    .join('\n\n');
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
