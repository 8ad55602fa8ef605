import type { EntityManager } from 'typeorm';
import { Project, ProjectRequirement } from '@app/projects';
import type { SourceProject } from './demo-sources';
import { chunks, describeSource, readItems, readProjectOverlay, type ProjectOverlay } from './source-files';

/** The source note plus what the overlay changed, so a translation or an estimated deadline is labelled as such. */
function sourceNote(base: string | null, o: ProjectOverlay | undefined): string | null {
  const notes = [base];
  if (o?.titleKoTranslated) notes.push('Korean title: translation by Consortium Match (번역)');
  if (o?.deadlineBasis)
    notes.push(
      o.submissionDeadline
        ? `Deadline estimated from the stated tender window: ${o.deadlineBasis}`
        : `No deadline stated (rolling): ${o.deadlineBasis}`,
    );
  return notes.filter(Boolean).join(' · ') || null;
}

/** Loads the real projects of projects.json with their requirements; rows already there are left alone. */
export async function loadDemoProjects(manager: EntityManager): Promise<number> {
  const items = readItems<SourceProject>('projects.json');
  const overlay = readProjectOverlay();
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
            titleKo: overlay[p.id]?.titleKo ?? p.titleKo ?? null,
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
            sourceNote: sourceNote(describeSource(p.source), overlay[p.id]),
            submissionDeadline: overlay[p.id]?.submissionDeadline
              ? new Date(`${overlay[p.id].submissionDeadline}T23:59:59Z`)
              : null,
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
    // Databases loaded before the overlay existed get it too (only where nobody has set the values since).
    for (const p of items) {
      const o = overlay[p.id];
      if (!o) continue;
      if (o.titleKo)
        await tx.query(
          `UPDATE projects SET title_ko = $2 WHERE source_ref = $1 AND title_ko IS NOT DISTINCT FROM $3`,
          [p.id, o.titleKo, p.titleKo ?? null],
        );
      if (o.submissionDeadline)
        await tx.query(
          `UPDATE projects SET submission_deadline = $2 WHERE source_ref = $1 AND submission_deadline IS NULL`,
          [p.id, new Date(`${o.submissionDeadline}T23:59:59Z`)],
        );
      await tx.query(
        `UPDATE projects SET source_note = $2 WHERE source_ref = $1 AND source_note IS NOT DISTINCT FROM $3`,
        [p.id, sourceNote(describeSource(p.source), o), describeSource(p.source)],
      );
    }
    return inserted;
  });
}
