/** `(values (?::uuid), (?::uuid), …)`: a row source of ids to join laterally, one placeholder per id. */
export function uuidValues(ids: readonly string[]): string {
  return `(values ${ids.map(() => '(?::uuid)').join(', ')})`;
}

/** `?, ?, …` for an `in (…)` list. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Escapes `%`, `_` and `\` so user text matches literally inside an ILIKE pattern. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
