import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * `npm pack` ships client/package.json as it is on disk, but inside this repository the workspaces
 * import @steward/client from its TypeScript sources (tsc, vitest and tsx read them; nothing is
 * built). So for the length of a pack the manifest is swapped: `publish` (prepack, after the build)
 * keeps the workspace manifest aside and writes the one a consumer needs, whose fields listed in
 * `publishConfig` replace the workspace's (the convention pnpm and yarn apply on their own), and
 * `restore` (postpack) puts the workspace manifest back.
 */

const MANIFEST = fileURLToPath(new URL('../package.json', import.meta.url));
const WORKSPACE_MANIFEST = fileURLToPath(new URL('../package.workspace.json', import.meta.url));
const PACKED_MANIFEST = fileURLToPath(new URL('../package.packed.json', import.meta.url));
/** Manifest fields `publishConfig` may override. */
const PUBLISHED_FIELDS = new Set(['exports', 'main', 'types']);

type Manifest = Record<string, unknown> & { publishConfig?: Record<string, unknown> };

/** The manifest of the packed package: the workspace one with `publishConfig`'s fields in place of its own. */
function publishedManifest(workspace: Manifest): Manifest {
  const publishConfig = Object.entries(workspace.publishConfig ?? {});
  const overrides = Object.fromEntries(publishConfig.filter(([key]) => PUBLISHED_FIELDS.has(key)));
  const rest = Object.fromEntries(publishConfig.filter(([key]) => !PUBLISHED_FIELDS.has(key)));
  const manifest: Manifest = {};
  for (const [key, value] of Object.entries(workspace)) {
    if (key === 'publishConfig') {
      // Fields the workspace manifest does not have go where publishConfig was.
      Object.assign(manifest, overrides, Object.keys(rest).length > 0 ? { publishConfig: rest } : {});
    } else if (!(key in manifest)) {
      manifest[key] = key in overrides ? overrides[key] : value;
    }
  }
  return manifest;
}

function restore(): void {
  if (existsSync(WORKSPACE_MANIFEST)) renameSync(WORKSPACE_MANIFEST, MANIFEST);
}

function publish(): void {
  // A pack that died before its postpack left the workspace manifest aside: start from it again.
  restore();
  copyFileSync(MANIFEST, WORKSPACE_MANIFEST);
  const workspace = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  writeFileSync(PACKED_MANIFEST, `${JSON.stringify(publishedManifest(workspace), null, 2)}\n`);
  // Renamed into place: whatever reads package.json meanwhile (another workspace's test) sees one whole manifest.
  renameSync(PACKED_MANIFEST, MANIFEST);
}

const command = process.argv[2];
if (command === 'publish') publish();
else if (command === 'restore') restore();
else throw new Error(`Usage: tsx scripts/pack-manifest.ts publish|restore (got ${command ?? 'nothing'})`);
