import { describe, expect, it } from 'vitest';
import { AccessControl, type GrantsSource, type OrganizationGrant } from './access.js';
import type { Permission } from './permissions.js';

const orgA = '0b8c6f0e-3f2a-4c1e-9d7b-2a5e8f1c3d4b';
const orgB = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

/** Grants held in memory, as organizations would answer them (one of them under an id that is not one). */
const grants: GrantsSource = {
  grantsFor: async (): Promise<OrganizationGrant[]> => [
    { organizationId: orgA, permissions: ['project:read', 'metrics:read'] },
    { organizationId: 'not-an-id', permissions: ['project:read'] },
  ],
};

describe('AccessControl.canNow', () => {
  it('answers nothing before the grants are loaded, then exactly what can answers', async () => {
    const access = new AccessControl({ kind: 'user', userId: 'u-1', sessionId: null }, grants);
    expect(access.canNow(orgA, 'project:read')).toBeUndefined();
    await access.can(orgA, 'project:read');
    const permissions: Permission[] = ['project:read', 'metrics:read', 'project:write'];
    for (const organizationId of [orgA, orgB, 'not-an-id', '']) {
      for (const permission of permissions) {
        expect(access.canNow(organizationId, permission), `${organizationId} ${permission}`).toBe(await access.can(organizationId, permission));
      }
    }
    expect(access.canNow('not-an-id', 'project:read')).toBe(false);
  });

  it('answers false for a caller without grants once they are loaded', async () => {
    const access = new AccessControl({ kind: 'anonymous' }, grants);
    await access.can(orgA, 'project:read');
    expect(access.canNow(orgA, 'project:read')).toBe(false);
  });
});
