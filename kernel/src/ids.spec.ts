import { describe, expect, it } from 'vitest';
import { IdModel, isId } from './ids.js';

describe('isId', () => {
  it('answers as IdModel does, for ids and for everything that is not one', () => {
    const values: unknown[] = [
      '0b8c6f0e-3f2a-4c1e-9d7b-2a5e8f1c3d4b',
      '0B8C6F0E-3F2A-4C1E-9D7B-2A5E8F1C3D4B',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '0b8c6f0e-3f2a-9c1e-9d7b-2a5e8f1c3d4b',
      '0b8c6f0e-3f2a-4c1e-cd7b-2a5e8f1c3d4b',
      '0b8c6f0e3f2a4c1e9d7b2a5e8f1c3d4b',
      ' 0b8c6f0e-3f2a-4c1e-9d7b-2a5e8f1c3d4b',
      '0b8c6f0e-3f2a-4c1e-9d7b-2a5e8f1c3d4b\n',
      '',
      'not an id',
      null,
      undefined,
      42,
      {},
      ['0b8c6f0e-3f2a-4c1e-9d7b-2a5e8f1c3d4b'],
    ];
    for (const value of values) expect(isId(value), String(value)).toBe(IdModel.safeParse(value).success);
    expect(values.filter(isId)).toHaveLength(4);
  });
});
