import { describe, expect, it } from 'vitest';
import { toCsv } from './chargeback-csv.js';

describe('chargeback CSV', () => {
  it('writes RFC 4180 rows and quotes only what needs quoting', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y'], ['', 'say "hi"']])).toBe('a,b\r\n1,"x,y"\r\n,"say ""hi"""\r\n');
  });
});
