import { describe, expect, it } from 'vitest';
import { can, permissionsOf, ROLE_PERMISSIONS, PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permission table', () => {
  it('keeps staff-only actions away from firm roles', () => {
    for (const role of ['firm_member', 'firm_admin'] as const) {
      expect(can(role, 'consortium:review')).toBe(false);
      expect(can(role, 'firm:verify')).toBe(false);
      expect(can(role, 'project:write')).toBe(false);
    }
    expect(can('staff', 'consortium:review')).toBe(true);
  });

  it('lets only firm admins change their firm and invite colleagues', () => {
    expect(can('firm_admin', 'firm:invite-member')).toBe(true);
    expect(can('firm_member', 'firm:invite-member')).toBe(false);
    expect(can('firm_member', 'firm:update-own')).toBe(false);
  });

  it('gives admins everything staff have plus user management', () => {
    for (const p of ROLE_PERMISSIONS.staff) expect(can('admin', p)).toBe(true);
    expect(can('admin', 'user:manage')).toBe(true);
    expect(can('staff', 'user:manage')).toBe(false);
  });

  it('keeps claimants (no firm yet) to reading and their own claims; only staff review claims', () => {
    expect(can('claimant', 'claim:read-own')).toBe(true);
    for (const p of [
      'consortium:read-own',
      'consortium:write-own',
      'firm:update-own',
      'claim:review',
    ] as const)
      expect(can('claimant', p)).toBe(false);
    expect(can('staff', 'claim:review')).toBe(true);
    expect(can('firm_admin', 'claim:review')).toBe(false);
  });

  it('only references known permissions and returns copies', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    const list = permissionsOf('staff');
    list.push('user:manage');
    expect(can('staff', 'user:manage')).toBe(false);
  });
});
