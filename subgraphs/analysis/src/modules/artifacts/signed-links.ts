import { createHmac, timingSafeEqual } from 'node:crypto';

/** The public path prefix of upload and download links; the gateway forwards it to analysis unchanged. */
export const FILES_PATH_PREFIX = '/analysis/files';

/** What a link lets its holder do, with which artifact, until when. */
export interface LinkClaims {
  purpose: 'upload' | 'download';
  artifactId: string;
  organizationId: string;
  /** Unix seconds. */
  expiresAt: number;
}

/**
 * Short-lived links to upload or download one artifact without a bearer token (a browser, `curl`
 * in CI): the claims travel in the URL, signed with HMAC-SHA256 under the subgraph's key. A link is
 * good for its one purpose and artifact, and only until it expires.
 */
export class LinkSigner {
  constructor(
    private readonly key: Buffer,
    private readonly publicUrl: string,
  ) {}

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(`steward analysis link\u0000${payload}`).digest();
  }

  token(claims: LinkClaims): string {
    const payload = Buffer.from(JSON.stringify([claims.purpose, claims.artifactId, claims.organizationId, claims.expiresAt])).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  url(claims: LinkClaims): string {
    return new URL(`${FILES_PATH_PREFIX}/${this.token(claims)}`, this.publicUrl).toString();
  }

  /** The claims of a valid, unexpired token for `purpose`; null for anything else (forged, altered, expired, other purpose). */
  verify(token: string, purpose: LinkClaims['purpose'], nowSeconds: number): LinkClaims | null {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined || token.length > 512) return null;
    // Compared as text, not decoded bytes: base64url decoding ignores the spare low bits of the last
    // character, so several spellings decode to one MAC, and a link must have exactly one.
    const expected = Buffer.from(this.mac(payload).toString('base64url'));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [linkPurpose, artifactId, organizationId, expiresAt] = parsed as unknown[];
    if (linkPurpose !== purpose || typeof artifactId !== 'string' || typeof organizationId !== 'string' || typeof expiresAt !== 'number') return null;
    if (expiresAt <= nowSeconds) return null;
    return { purpose, artifactId, organizationId, expiresAt };
  }
}
