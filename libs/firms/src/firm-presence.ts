import type { EntityManager } from 'typeorm';

/**
 * A firm is "on the platform" (claimed) when it has an active admin: a `firm_admin` user with a
 * password. Firms loaded from public sources have none until someone claims the profile; an invitation
 * to such a firm cannot be answered in the app, so the lead gives a contact e-mail instead.
 */
export const onPlatformSql = (firmIdColumn: string) =>
  `EXISTS (SELECT 1 FROM users pu WHERE pu.firm_id = ${firmIdColumn} AND pu.role = 'firm_admin' AND pu.password_hash IS NOT NULL)`;

/** The subset of `firmIds` that are on the platform (one query). */
export async function onPlatformFirmIds(manager: EntityManager, firmIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(firmIds)];
  if (!ids.length) return new Set();
  const rows = await manager.query<{ firm_id: string }[]>(
    `SELECT DISTINCT firm_id FROM users
      WHERE firm_id = ANY($1::uuid[]) AND role = 'firm_admin' AND password_hash IS NOT NULL`,
    [ids],
  );
  return new Set(rows.map((r) => r.firm_id));
}

/** Every firm id that is on the platform (for filtering the in-memory matching index). */
export async function allOnPlatformFirmIds(manager: EntityManager): Promise<Set<string>> {
  const rows = await manager.query<{ firm_id: string }[]>(
    `SELECT DISTINCT firm_id FROM users
      WHERE firm_id IS NOT NULL AND role = 'firm_admin' AND password_hash IS NOT NULL`,
  );
  return new Set(rows.map((r) => r.firm_id));
}

export async function isFirmOnPlatform(manager: EntityManager, firmId: string): Promise<boolean> {
  return (await onPlatformFirmIds(manager, [firmId])).has(firmId);
}
