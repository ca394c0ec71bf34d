import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES } from '@steward/kernel';
import { RoleGraph, type RoleNode } from './role-graph.js';

const builtIn = (name: 'owner' | 'admin' | 'member' | 'viewer'): RoleNode => ({ id: name, builtIn: name, permissions: [], parentRoleId: null });
const custom = (id: string, permissions: string[], parentRoleId: string | null = null): RoleNode => ({ id, builtIn: null, permissions, parentRoleId });

describe('RoleGraph', () => {
  it('gives built-in roles the catalogue’s permissions, whatever is stored', () => {
    const graph = new RoleGraph([{ ...builtIn('viewer'), permissions: ['budget:manage'] }]);
    expect(graph.permissionsOf('viewer')).toEqual([...BUILT_IN_ROLES.viewer.permissions]);
  });

  it('adds a parent’s permissions, transitively, in catalogue order without duplicates', () => {
    const graph = new RoleGraph([builtIn('viewer'), custom('auditor', ['audit:read'], 'viewer'), custom('lead', ['team:manage', 'audit:read'], 'auditor')]);
    expect(graph.permissionsOf('lead')).toEqual(['organization:read', 'team:manage', 'audit:read', 'project:read', 'repo:read', 'analysis:read', 'policy:read', 'metrics:read']);
  });

  it('ignores stored keys that left the catalogue and answers nothing for unknown roles', () => {
    const graph = new RoleGraph([custom('old', ['project:read', 'project:teleport'])]);
    expect(graph.permissionsOf('old')).toEqual(['project:read']);
    expect(graph.permissionsOf('missing')).toEqual([]);
  });

  it('detects a parent that would make a role its own ancestor', () => {
    const graph = new RoleGraph([custom('a', []), custom('b', [], 'a'), custom('c', [], 'b')]);
    expect(graph.wouldCreateCycle('a', 'c')).toBe(true);
    expect(graph.wouldCreateCycle('a', 'a')).toBe(true);
    expect(graph.wouldCreateCycle('c', 'a')).toBe(false);
  });

  it('stops at a cycle that is already stored instead of looping', () => {
    const graph = new RoleGraph([custom('a', ['audit:read'], 'b'), custom('b', ['team:manage'], 'a')]);
    expect(graph.permissionsOf('a')).toEqual(['organization:read', 'team:manage', 'audit:read']);
  });

  it('computes what a role would grant with other permissions or another parent', () => {
    const graph = new RoleGraph([builtIn('member'), custom('x', ['audit:read'])]);
    const candidate = graph.permissionsIf({ id: 'x', builtIn: null, permissions: ['sso:manage'], parentRoleId: 'member' });
    expect(new Set(candidate)).toEqual(new Set([...BUILT_IN_ROLES.member.permissions, 'sso:manage']));
    expect(graph.permissionsOf('x')).toEqual(['organization:read', 'audit:read']);
  });

  it('adds what held permissions imply, so a role that may change something can find it', () => {
    const graph = new RoleGraph([custom('writer', ['project:write']), custom('forcer', ['version:force-promote']), custom('spender', ['budget:manage'])]);
    expect(graph.permissionsOf('writer')).toEqual(['project:read', 'project:write']);
    expect(graph.permissionsOf('forcer')).toEqual(['project:read', 'version:promote', 'version:force-promote']);
    expect(graph.permissionsOf('spender')).toEqual(['metrics:read', 'budget:manage']);
  });

  it('keeps owner-only permissions to the built-in owner role, even for a custom role that stores or inherits them', () => {
    const graph = new RoleGraph([builtIn('owner'), custom('heir', [], 'owner'), custom('legacy', ['organization:delete', 'audit:read'])]);
    expect(graph.permissionsOf('owner')).toContain('organization:delete');
    expect(graph.permissionsOf('heir')).not.toContain('organization:delete');
    expect(graph.permissionsOf('heir')).toContain('sso:manage');
    expect(graph.permissionsOf('legacy')).toEqual(['organization:read', 'audit:read']);
  });
});
