/**
 * Finds the route a request takes: `:` matches one segment, a trailing `*` one or more (a ref or
 * path may arrive encoded as one segment or as several). Returns the name and the matched values.
 */
export function routeOf(method: string, segments: readonly string[], routes: readonly string[]): { name: string; params: string[] } | null {
  for (const name of routes) {
    const [routeMethod, pattern = ''] = name.split(' ');
    if (routeMethod !== method) continue;
    const params = matchPattern(pattern.split('/'), segments);
    if (params) return { name, params };
  }
  return null;
}

function matchPattern(parts: readonly string[], segments: readonly string[]): string[] | null {
  const params: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (part === '*') {
      const remaining = segments.slice(index);
      return remaining.length > 0 && remaining.every((segment) => segment !== '') ? [...params, remaining.join('/')] : null;
    }
    const segment = segments[index];
    if (segment === undefined) return null;
    if (part === ':') params.push(segment);
    else if (part !== segment) return null;
  }
  return parts.length === segments.length ? params : null;
}
