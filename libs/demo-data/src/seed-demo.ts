import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { createUserAccount, User } from '@app/auth';
import { Firm } from '@app/firms';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';

interface SourceFirm {
  id: string;
  name: string;
  nameKo?: string | null;
  homeCountry: string;
  size: Firm['size'];
  type: Firm['type'];
}

/** The folder holding the real records copied from the shared reports; found from source or from dist/. */
export const DEMO_DATA_DIR = [resolve(__dirname, '..', 'data'), resolve(__dirname, '../../../../libs/demo-data/data')].find(
  (dir) => existsSync(resolve(dir, 'firms.json')),
) as string;

export function readSourceFirms(): SourceFirm[] {
  return JSON.parse(readFileSync(resolve(DEMO_DATA_DIR, 'firms.json'), 'utf8')).items;
}

/**
 * Loads the demo accounts and their firms once. Returns the accounts created,
 * or an empty list when the demo data was already there.
 */
export async function seedDemoData(ds: DataSource): Promise<DemoAccount[]> {
  const sentinel = DEMO_ACCOUNTS[0].email;
  if (await ds.manager.existsBy(User, { email: sentinel })) return [];
  const firms = new Map(readSourceFirms().map((f) => [f.id, f]));
  await ds.transaction(async (tx) => {
    for (const account of DEMO_ACCOUNTS) {
      let firmId: string | null = null;
      if (account.firmRef) {
        const src = firms.get(account.firmRef);
        if (!src) throw new Error(`Demo firm ${account.firmRef} is missing from firms.json`);
        const firm = await tx.save(
          tx.create(Firm, {
            name: src.name,
            nameKo: src.nameKo ?? null,
            size: src.size,
            type: src.type,
            homeCountry: src.homeCountry,
            verificationStatus: 'verified',
            verifiedAt: new Date(),
          }),
        );
        firmId = firm.id;
      }
      await createUserAccount(tx, { ...account, firmId });
    }
  });
  return DEMO_ACCOUNTS;
}
