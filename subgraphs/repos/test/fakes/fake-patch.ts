/** One line of a seeded patch, read independently of the client's parser so the fake can catch its mistakes. */
export interface FakeDiffRow {
  kind: '+' | '-' | ' ';
  oldNumber: number | null;
  newNumber: number | null;
  /** GitLab's running counters, from which it derives line codes. */
  oldCounter: number;
  newCounter: number;
  hunk: number;
}

/** Reads a unified diff into its rows (hunk headers define the numbering; `\` lines are skipped). */
export function readPatch(patch: string | undefined): FakeDiffRow[] {
  const rows: FakeDiffRow[] = [];
  if (!patch) return rows;
  let hunk = -1;
  let oldCounter = 0;
  let newCounter = 0;
  let oldRemaining = 0;
  let newRemaining = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (header && oldRemaining === 0 && newRemaining === 0) {
      hunk += 1;
      [oldCounter, oldRemaining, newCounter, newRemaining] = [Number(header[1]), Number(header[2] ?? 1), Number(header[3]), Number(header[4] ?? 1)];
      continue;
    }
    if (hunk < 0 || text.startsWith('\\')) continue;
    const kind = text[0] === '+' ? '+' : text[0] === '-' ? '-' : ' ';
    if (kind === '+' && newRemaining > 0) {
      rows.push({ kind, oldNumber: null, newNumber: newCounter, oldCounter, newCounter, hunk });
      newCounter += 1;
      newRemaining -= 1;
    } else if (kind === '-' && oldRemaining > 0) {
      rows.push({ kind, oldNumber: oldCounter, newNumber: null, oldCounter, newCounter, hunk });
      oldCounter += 1;
      oldRemaining -= 1;
    } else if (kind === ' ' && oldRemaining > 0 && newRemaining > 0) {
      rows.push({ kind, oldNumber: oldCounter, newNumber: newCounter, oldCounter, newCounter, hunk });
      oldCounter += 1;
      newCounter += 1;
      oldRemaining -= 1;
      newRemaining -= 1;
    }
  }
  return rows;
}
