import type { EntityManager } from 'typeorm';
import { Project, ProjectRequirement } from '@app/projects';
import type { SourceProject } from './demo-sources';
import { chunks, describeSource, readItems } from './source-files';

/** Loads the real projects of projects.json with their requirements; rows already there are left alone. */
export async function loadDemoProjects(manager: EntityManager): Promise<number> {
  const items = readItems<SourceProject>('projects.json');
  return manager.transaction(async (tx) => {
    let inserted = 0;
    for (const batch of chunks(items, 200)) {
      const result = await tx
        .createQueryBuilder()
        .insert()
        .into(Project)
        .values(
          batch.map((p) => ({
            sourceRef: p.id,
            title: p.title,
            titleKo: p.titleKo ?? null,
            countryCode: p.countryCode,
            city: p.city ?? null,
            program: p.program ?? null,
            track: p.track,
            sectors: p.sectors,
            description: p.description ?? null,
            budgetAmount: p.budget?.amount != null ? String(p.budget.amount) : null,
            budgetCurrency: p.budget?.currency ?? null,
            budgetText: p.budget?.text ?? null,
            financing: p.financing ?? [],
            client: p.client ?? null,
            procurement: p.procurement ?? null,
            period: p.period ?? null,
            status: p.status,
            sourceNote: describeSource(p.source),
            eligibilityNotes: p.eligibilityNotes ?? [],
            requiredRoles: p.requirements.roles,
            minSmeMembers: p.requirements.teamRules.minSmeMembers ?? 0,
            maxMembers: p.requirements.teamRules.maxMembers ?? null,
            localPartnerRequired: p.requirements.teamRules.localPartnerRequired ?? false,
            leadCountryExperience: p.requirements.teamRules.leadCountryExperience ?? false,
          })),
        )
        .orIgnore()
        .returning(['id', 'sourceRef'])
        .execute();
      const ids = new Map<string, string>(
        (result.raw as { id: string; source_ref: string }[]).map((r) => [r.source_ref, r.id]),
      );
      inserted += ids.size;
      const requirements = batch.flatMap((p) =>
        ids.has(p.id)
          ? p.requirements.capabilities.map((c) => ({
              projectId: ids.get(p.id)!,
              capabilityCode: c.code,
              weight: c.weight,
              mustHave: c.mustHave,
            }))
          : [],
      );
      for (const rows of chunks(requirements)) await tx.insert(ProjectRequirement, rows);
    }
    return inserted;
  });
}
