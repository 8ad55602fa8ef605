import type { DataSource } from 'typeorm';
import { createUserAccount, User } from '@app/auth';
import { Firm } from '@app/firms';
import { DEMO_ACCOUNTS, DEMO_PARTNER_ACCOUNTS } from './demo-accounts';
import { loadDemoFirms } from './load-firms';
import { loadDemoProjects } from './load-projects';

export interface DemoSeedResult {
  firms: number;
  projects: number;
  accounts: number;
}

/**
 * Loads the demo once: real projects and organisations from the public reports, the labelled
 * synthetic SME population (unless switched off) and the demo accounts. A second run adds nothing.
 */
export async function seedDemoData(
  ds: DataSource,
  options: { synthetic?: boolean } = {},
): Promise<DemoSeedResult> {
  const firms = await loadDemoFirms(ds.manager, options);
  const projects = await loadDemoProjects(ds.manager);
  let accounts = 0;
  for (const account of [...DEMO_ACCOUNTS, ...DEMO_PARTNER_ACCOUNTS]) {
    if (await ds.manager.existsBy(User, { email: account.email })) continue;
    const firm = account.firmRef ? await ds.manager.findOneBy(Firm, { sourceRef: account.firmRef }) : null;
    // A partner of a sample firm when the synthetic population is off.
    if (account.firmRef && !firm) continue;
    await createUserAccount(ds, { ...account, firmId: firm?.id ?? null });
    accounts++;
  }
  return { firms, projects, accounts };
}
