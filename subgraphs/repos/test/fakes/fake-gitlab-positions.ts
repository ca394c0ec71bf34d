import { createHash } from 'node:crypto';
import type { FakeGitLabMergeRequest } from './fake-gitlab-model.js';
import { readPatch } from './fake-patch.js';

/**
 * Checks a text position the way GitLab does: the diff refs of the merge request, a file of its diff
 * (`old_path` and `new_path`), a line of that diff (an added line by `new_line`, a removed one by
 * `old_line`, an unchanged one by both), and for a range, line codes `<sha1(path)>_<old>_<new>` of
 * diff lines. Returns the position as stored, or GitLab's error message.
 */
export function checkPosition(mergeRequest: FakeGitLabMergeRequest, raw: unknown): Record<string, unknown> | string {
  const invalid = '400 Bad request - Note {:line_code=>["can\'t be blank", "must be a valid line code"]}';
  if (typeof raw !== 'object' || raw === null) return '400 Bad request - position is invalid';
  const position = raw as Record<string, unknown>;
  if (position.position_type !== 'text') return '400 Bad request - position_type does not have a valid value';
  const refs = { base_sha: mergeRequest.baseSha, start_sha: mergeRequest.startSha ?? mergeRequest.baseSha, head_sha: mergeRequest.headSha };
  for (const [key, value] of Object.entries(refs)) if (position[key] !== value) return invalid;
  const file = mergeRequest.diffs.find((candidate) => candidate.new_path === position.new_path && candidate.old_path === position.old_path);
  if (!file) return invalid;
  const rows = readPatch(file.diff);
  const number = (value: unknown) => (value === undefined || value === null || value === '' ? null : Number(value));
  const oldLine = number(position.old_line);
  const newLine = number(position.new_line);
  const row = rows.find((candidate) => candidate.oldNumber === oldLine && candidate.newNumber === newLine);
  if (!row) return invalid;
  if (position.line_range !== undefined) {
    const range = position.line_range as { start?: Record<string, unknown>; end?: Record<string, unknown> };
    const pathHash = createHash('sha1').update(file.new_path).digest('hex');
    const codes = new Set(rows.map((candidate) => `${pathHash}_${candidate.oldCounter}_${candidate.newCounter}`));
    if (!range.start || !range.end || !codes.has(String(range.start.line_code)) || !codes.has(String(range.end.line_code))) return invalid;
    if (range.end.line_code !== `${pathHash}_${row.oldCounter}_${row.newCounter}`) return invalid;
  }
  return position;
}
