/** A short suffix no other call in any test process repeats in practice. */
const suffix = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Unique email per call, so tests never collide. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${suffix()}@example.test`;
}

/** Unique organization slug per call, so tests never collide. */
export function uniqueSlug(label = 'org'): string {
  return `${label}-${suffix()}`.toLowerCase();
}
