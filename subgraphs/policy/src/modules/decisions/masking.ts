/**
 * A copy of a context without the values at `paths` (dotted, e.g. `request.prompt`): each removed
 * value is replaced by the text `[masked]`, so the log shows that a value was there but not what it was.
 */
export function maskPaths(context: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  if (!paths.length) return context;
  const copy = structuredClone(context);
  for (const path of paths) {
    const segments = path.split('.');
    let node: unknown = copy;
    for (const segment of segments.slice(0, -1)) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
    const last = segments.at(-1)!;
    if (node && typeof node === 'object' && Object.hasOwn(node, last)) (node as Record<string, unknown>)[last] = '[masked]';
  }
  return copy;
}
