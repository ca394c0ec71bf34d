import { describe, expect, it } from 'vitest';
import { sarifPath } from './sarif-paths.js';

describe('sarifPath', () => {
  it.each([
    ['src/a.js', [], 'src/a.js'],
    ['./src/./a.js', [], 'src/a.js'],
    ['src\\win\\a.js', [], 'src/win/a.js'],
    ['file:///repo/src/a%20b.js', ['/repo'], 'src/a b.js'],
    ['file:///repo/src/a.js', ['/repo/src', '/repo'], 'a.js'],
    ['file:///elsewhere/a.js', ['/repo'], '/elsewhere/a.js'],
    ['file:///C:/repo/a.js', ['C:/repo'], 'a.js'],
    ['../../../etc/passwd', [], 'etc/passwd'],
    ['src/../../x.js', [], 'x.js'],
    ['100%.js', [], '100%.js'],
  ])('turns %s (bases %j) into %s', (uri, bases, path) => {
    expect(sarifPath(uri, bases)).toBe(path);
  });
});
