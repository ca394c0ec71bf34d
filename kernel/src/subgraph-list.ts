import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { SubgraphDescriptor } from './descriptor.js';

/** The repository root (this file lives in `kernel/src/`). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The list of subgraphs: the one place a subgraph is added. */
export const SUPERGRAPH_YAML = resolve(REPO_ROOT, 'schema/supergraph.yaml');

const SubgraphListModel = z.object({
  subgraphs: z
    .array(z.object({ name: z.string().regex(/^[a-z][a-z0-9_]*$/), sdl: z.string().min(1), routing_url: z.string().url() }))
    .min(1),
});
/** One entry of `schema/supergraph.yaml`. */
export type SubgraphListEntry = z.infer<typeof SubgraphListModel>['subgraphs'][number];

/** Reads and validates `schema/supergraph.yaml` (name, SDL folder and deployed routing URL of each subgraph). */
export function readSubgraphList(path = SUPERGRAPH_YAML): SubgraphListEntry[] {
  return SubgraphListModel.parse(parseYaml(readFileSync(path, 'utf8'))).subgraphs;
}

/** Where a listed subgraph's descriptor lives: `<sdl folder>/<name>.descriptor.ts`, exporting `descriptor`. */
export function descriptorPath(entry: SubgraphListEntry): string {
  return resolve(REPO_ROOT, entry.sdl, `${entry.name}.descriptor.ts`);
}

/** Imports the descriptor of every subgraph listed in `schema/supergraph.yaml`, in the listed order. */
export async function loadDescriptors(path = SUPERGRAPH_YAML): Promise<SubgraphDescriptor[]> {
  const out: SubgraphDescriptor[] = [];
  for (const entry of readSubgraphList(path)) {
    const module = (await import(pathToFileURL(descriptorPath(entry)).href)) as { descriptor?: SubgraphDescriptor };
    if (!module.descriptor || module.descriptor.name !== entry.name) throw new Error(`${descriptorPath(entry)} must export the descriptor of ${entry.name}.`);
    // Scripts that only read the list (the smoke test, deployment files) rely on this name.
    if (module.descriptor.port.variable !== `${entry.name.toUpperCase()}_PORT`) throw new Error(`${entry.name}'s port variable must be ${entry.name.toUpperCase()}_PORT.`);
    out.push(module.descriptor);
  }
  return out;
}
