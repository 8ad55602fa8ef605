import type { DataSource } from 'typeorm';
import { syncSupportPrograms } from '@app/programs';
import { syncTaxonomy } from '@app/taxonomy';

/** Reference data every deployment needs (taxonomy, support programs), synced at each start. */
export async function syncReferenceData(ds: DataSource): Promise<void> {
  await syncTaxonomy(ds.manager);
  await syncSupportPrograms(ds.manager);
}
