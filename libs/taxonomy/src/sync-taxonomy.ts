import type { EntityManager } from 'typeorm';
import { Capability, CapabilityDomain, TaxonomyTerm, type TaxonomyTermKind } from './taxonomy.entities';
import { readTaxonomySource, type TaxonomySource } from './taxonomy-source';

const TERM_LISTS: [TaxonomyTermKind, keyof TaxonomySource][] = [
  ['role', 'roles'],
  ['firm_size', 'firm_sizes'],
  ['firm_type', 'firm_types'],
  ['project_track', 'project_tracks'],
  ['financing_source', 'financing_sources'],
  ['ladder_stage', 'export_ladder'],
];

/**
 * Upserts the taxonomy from taxonomy.json: codes are stable, labels may change.
 * Runs at every start; codes are never deleted (rows may reference them).
 */
export async function syncTaxonomy(
  manager: EntityManager,
  source: TaxonomySource = readTaxonomySource(),
): Promise<void> {
  await manager.transaction(async (tx) => {
    await tx.upsert(
      CapabilityDomain,
      source.domains.map((d, i) => ({ code: d.code, labelEn: d.en, labelKo: d.ko, sortOrder: i })),
      ['code'],
    );
    await tx.upsert(
      Capability,
      source.domains.flatMap((d) =>
        d.capabilities.map((c, i) => ({
          code: c.code,
          domainCode: d.code,
          labelEn: c.en,
          labelKo: c.ko,
          sortOrder: i,
        })),
      ),
      ['code'],
    );
    const terms = TERM_LISTS.flatMap(([kind, key]) =>
      (source[key] as (TaxonomySource['export_ladder'][number] | TaxonomySource['roles'][number])[]).map(
        (t, i) => ({
          kind,
          code: t.code,
          labelEn: t.en,
          labelKo: t.ko,
          sortOrder: i,
          stage: 'stage' in t ? t.stage : null,
        }),
      ),
    );
    await tx.upsert(TaxonomyTerm, terms, ['kind', 'code']);
  });
}
