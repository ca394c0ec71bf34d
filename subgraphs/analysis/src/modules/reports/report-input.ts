import { ReportError } from './report-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What the first characters of a text suggest it is, to tell a user they uploaded the wrong kind of file. */
export type TextShape = 'json' | 'xml' | 'lcov' | 'other';

/**
 * Decodes an uploaded report as UTF-8 (a BOM is dropped), refusing empty uploads, other encodings
 * and binary files with a message a person can act on.
 */
export function decodeReportText(format: string, input: Buffer): string {
  if (input.length === 0) throw new ReportError(format, 'file', 'The file is empty.');
  // Windows tools (PowerShell redirection in particular) write UTF-16 with a BOM; say so rather than "binary".
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    throw new ReportError(format, 'file', 'The file is encoded as UTF-16; save it as UTF-8 and upload it again.');
  }
  let text: string;
  try {
    text = utf8.decode(input);
  } catch {
    throw new ReportError(format, 'file', 'The file is not UTF-8 text: it looks binary or uses another encoding.');
  }
  if (text.includes('\u0000')) {
    throw new ReportError(format, 'file', 'The file contains NUL characters: it looks binary, not like a text report.');
  }
  if (text.trim() === '') throw new ReportError(format, 'file', 'The file contains only whitespace.');
  return text;
}

/** Guesses the kind of text from its first non-blank characters. */
export function textShape(text: string): TextShape {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('<')) return 'xml';
  if (/^(TN|SF|VER):/.test(start)) return 'lcov';
  return 'other';
}

/** Names a shape for a message such as "This looks like an XML file". */
export function describeShape(shape: TextShape): string {
  switch (shape) {
    case 'json':
      return 'a JSON file';
    case 'xml':
      return 'an XML file';
    case 'lcov':
      return 'an lcov tracefile';
    case 'other':
      return 'plain text';
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Refuses JSON nested deeper than `maxDepth` before it is parsed: real reports stay shallow, and a
 * deeply nested document is an attack on whatever walks it afterwards.
 */
export function assertJsonDepth(format: string, text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth += 1;
      if (depth > maxDepth) {
        const { line } = lineAndColumn(text, index);
        throw new ReportError(format, `line ${line}`, `The JSON is nested more than ${maxDepth} levels deep; a ${format} report never is.`);
      }
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth -= 1;
    }
  }
}

/** JSON.parse with an error that names the line and column instead of V8's character position. */
export function parseJsonText(format: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(reason);
    if (position?.[1] !== undefined) {
      const { line, column } = lineAndColumn(text, Number(position[1]));
      throw new ReportError(format, `line ${line}`, `The file is not valid JSON: the syntax breaks at line ${line}, column ${column}.`);
    }
    // V8 gives no position for some errors ("Unexpected token ',', ...") but names the character.
    const token = /Unexpected token '(.{1,2})'/u.exec(reason);
    if (token?.[1] !== undefined) {
      throw new ReportError(format, 'file', `The file is not valid JSON: it has a "${token[1]}" where a value was expected.`);
    }
    throw new ReportError(format, 'file', 'The file is not valid JSON: it ends too early or starts with something other than a value.');
  }
}
