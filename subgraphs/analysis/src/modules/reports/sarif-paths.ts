// Paths of SARIF results: URIs made into paths relative to the analysed tree.

/**
 * A result's path relative to the tree's root, with `/` separators. `file://` is stripped, percent
 * escapes decoded, `./` and `a/../` resolved. A relative URI (with or without `uriBaseId`) stays
 * relative. An absolute one is made relative to the longest base folder of the run it lies under;
 * without one it stays absolute, since guessing a root would invent a path. A `..` that would climb
 * above the root is dropped, as a file system does at `/`: the finding is kept, with a path that
 * cannot leave the tree.
 */
export function sarifPath(uri: string, bases: readonly string[] = []): string {
  const path = normaliseSegments(uriToPath(uri));
  if (!isAbsolute(path)) return path;
  const base = bases.find((candidate) => path.startsWith(`${candidate}/`));
  return base === undefined ? path : path.slice(base.length + 1);
}

export function uriToPath(uri: string): string {
  let path = uri.trim().replace(/^file:(\/\/[^/]*)?/i, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % is more likely part of the name than an escape.
  }
  path = path.replaceAll('\\', '/');
  // file:///C:/repo/a.js
  if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  return path;
}

export function normaliseSegments(path: string): string {
  const drive = /^[A-Za-z]:\//.test(path) ? path.slice(0, 2) : '';
  const absolute = drive !== '' || path.startsWith('/');
  const segments: string[] = [];
  for (const segment of path.slice(drive.length).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  if (drive !== '') return `${drive}/${segments.join('/')}`;
  return `${absolute ? '/' : ''}${segments.join('/')}`;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
