import type { EntityManager } from 'typeorm';
import { Firm, FirmCapability, FirmTrackRecord } from '@app/firms';
import { corporateGroups } from './demo-sources';
import { chunks, describeSource, readItems, type SourceRef } from './source-files';
import { syntheticFirms, type DemoFirm } from './synthetic-firms';

interface SourceFirm {
  id: string;
  name: string;
  nameKo?: string | null;
  homeCountry: string;
  size: Firm['size'];
  type: Firm['type'];
  description?: string | null;
  capabilities: { code: string; level: number }[];
  roles: string[];
  trackRecord: { countryCode: string; city?: string | null; project: string; year?: number | null }[];
  ladderStage?: string | null;
  source?: SourceRef;
}

/** firms.json id → the name of its corporate group (corporate-groups.json), where public. */
export function corporateGroupOf(): Map<string, string> {
  const { groups, members } = corporateGroups();
  return new Map(members.flatMap((m) => (groups[m.group] ? [[m.firm, groups[m.group].en]] : [])));
}

export function realFirms(): DemoFirm[] {
  const groupOf = corporateGroupOf();
  return readItems<SourceFirm>('firms.json').map((f) => ({
    sourceRef: f.id,
    name: f.name,
    nameKo: f.nameKo ?? null,
    homeCountry: f.homeCountry,
    size: f.size,
    type: f.type,
    description: f.description ?? null,
    ladderStage: f.ladderStage ?? null,
    roles: f.roles,
    corporateGroup: groupOf.get(f.id) ?? null,
    // Keep one row per code (the highest level) so the (firm, capability) key holds.
    capabilities: [
      ...new Map(f.capabilities.sort((a, b) => a.level - b.level).map((c) => [c.code, c])).values(),
    ],
    trackRecords: f.trackRecord.map((t) => ({
      countryCode: t.countryCode,
      city: t.city ?? null,
      projectTitle: t.project,
      year: t.year ?? null,
      role: null,
    })),
    sourceNote: describeSource(f.source),
    isSample: false,
  }));
}

/**
 * Loads the real organisations (verified, with capabilities and track records) and, unless
 * switched off, the labelled synthetic SME population. Firms already there are left alone.
 */
export async function loadDemoFirms(
  manager: EntityManager,
  options: { synthetic?: boolean } = {},
): Promise<number> {
  const firms = [...realFirms(), ...(options.synthetic === false ? [] : syntheticFirms())];
  const verifiedAt = new Date();
  return manager.transaction(async (tx) => {
    let inserted = 0;
    for (const batch of chunks(firms, 250)) {
      const result = await tx
        .createQueryBuilder()
        .insert()
        .into(Firm)
        .values(
          batch.map((f) => ({
            sourceRef: f.sourceRef,
            name: f.name,
            nameKo: f.nameKo,
            homeCountry: f.homeCountry,
            size: f.size,
            type: f.type,
            description: f.description,
            ladderStage: f.ladderStage,
            roles: f.roles,
            targetCountries: f.targetCountries ?? [],
            employeesBand: f.employeesBand ?? null,
            foundedYear: f.foundedYear ?? null,
            corporateGroup: f.corporateGroup ?? null,
            isSample: f.isSample,
            sourceNote: f.sourceNote,
            verificationStatus: 'verified' as const,
            verifiedAt,
          })),
        )
        .orIgnore()
        .returning(['id', 'sourceRef'])
        .execute();
      const ids = new Map<string, string>(
        (result.raw as { id: string; source_ref: string }[]).map((r) => [r.source_ref, r.id]),
      );
      inserted += ids.size;
      const fresh = batch.filter((f) => ids.has(f.sourceRef));
      const capabilities = fresh.flatMap((f) =>
        f.capabilities.map((c) => ({
          firmId: ids.get(f.sourceRef)!,
          capabilityCode: c.code,
          level: c.level,
          note: null,
        })),
      );
      const records = fresh.flatMap((f) =>
        f.trackRecords.map((t) => ({ firmId: ids.get(f.sourceRef)!, ...t })),
      );
      for (const rows of chunks(capabilities)) await tx.insert(FirmCapability, rows);
      for (const rows of chunks(records)) await tx.insert(FirmTrackRecord, rows);
    }
    // Firms seeded before the corporate-group field get it now (a firm's own value is kept).
    for (const [sourceRef, group] of corporateGroupOf())
      await tx
        .createQueryBuilder()
        .update(Firm)
        .set({ corporateGroup: group })
        .where('source_ref = :sourceRef AND is_sample = false AND corporate_group IS NULL', { sourceRef })
        .execute();
    return inserted;
  });
}
