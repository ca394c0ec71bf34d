import { describe, expect, it } from 'vitest';
import { LinkSigner } from './signed-links.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const signer = new LinkSigner(Buffer.alloc(32, 7), 'https://steward.example.com');
const claims = { purpose: 'download' as const, artifactId: '0b5b2c56-3f0a-4a8e-9a52-3c1f5d0f6a11', organizationId: '6f1c1a8e-2a43-4d7e-8b0f-7f5b8f4f0e21', expiresAt: 1_000 };

describe('LinkSigner', () => {
  it('round-trips its own token until it expires', () => {
    const token = signer.token(claims);
    expect(signer.verify(token, 'download', 999)).toEqual(claims);
    expect(signer.verify(token, 'download', 1_000)).toBeNull();
    expect(signer.url(claims)).toBe(`https://steward.example.com/analysis/files/${token}`);
  });

  it('refuses another purpose, an altered payload, another key and garbage', () => {
    const token = signer.token(claims);
    expect(signer.verify(token, 'upload', 0)).toBeNull();
    const [payload, mac] = token.split('.');
    const altered = Buffer.from(JSON.stringify(['download', claims.artifactId, claims.organizationId, 9_999_999])).toString('base64url');
    expect(signer.verify(`${altered}.${mac}`, 'download', 0)).toBeNull();
    expect(new LinkSigner(Buffer.alloc(32, 8), 'https://x').verify(token, 'download', 0)).toBeNull();
    // The last character of a 32-byte MAC carries 4 bits and 2 spare ones; a spelling with the spare bits set decodes to the same bytes.
    const spare = `${payload}.${mac!.slice(0, -1)}${ALPHABET[ALPHABET.indexOf(mac!.at(-1)!) ^ 1]}`;
    expect(Buffer.from(spare.split('.')[1]!, 'base64url')).toEqual(Buffer.from(mac!, 'base64url'));
    expect(signer.verify(spare, 'download', 0)).toBeNull();
    for (const bad of ['', '.', 'abc', `${payload}.${mac}.x`, `${payload}.`, 'x'.repeat(600)]) expect(signer.verify(bad, 'download', 0)).toBeNull();
  });
});
