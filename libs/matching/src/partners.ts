import type { MatchIndex } from './match-index';
import { countryExperience, isLocal, projectContext } from './project-context';
import { TopK } from './top-k';
import type { Labels, MatchProjectInput, Reason } from './types';

/** Points of the partner score (see README.md). */
export const PARTNER_POINTS = {
  complement: 70,
  mustHaveGap: 10,
  roleGap: 10,
  pairing: 5,
  localPartner: 10,
  experience: 5,
} as const;
const BIG = new Set(['large', 'mid', 'public']);
const SMALL = new Set(['sme', 'startup']);

export interface PartnerSuggestion {
  firmId: string;
  score: number;
  /** Requirement codes where this partner closes (part of) the asking firm's gap. */
  fills: { code: string; gap: number; strength: number; mustHave: boolean }[];
  rolesAdded: string[];
  boosts: ('large_sme_pairing' | 'local_partner')[];
  reasons: Reason[];
}

/**
 * Partners that best cover what the asking firm lacks: complementarity, not similarity. A firm
 * with no track record still ranks high when it fills a gap, because experience is only 5 points.
 */
export function suggestPartners(
  index: MatchIndex,
  project: MatchProjectInput,
  firmId: string,
  options: { limit?: number; filter?: (row: number) => boolean; labels?: Labels } = {},
): PartnerSuggestion[] {
  const self = index.row(firmId);
  if (self === undefined) return [];
  const ctx = projectContext(index, project);
  const reqs = project.requirements;
  const gaps = Float64Array.from(reqs, (_, i) => 1 - index.strength(self, ctx.codeIds[i]));
  const gapWeight = reqs.reduce((s, r, i) => s + r.weight * gaps[i], 0);
  const mustGaps = reqs.map((r, i) => (r.mustHave && gaps[i] === 1 ? i : -1)).filter((i) => i >= 0);
  const selfFirm = index.firms[self];
  const missingRoles = project.roles.filter((r) => !selfFirm.roles.includes(r));
  const selfLocal = isLocal(index, self, ctx);
  const top = new TopK<number>(options.limit ?? 10);
  const score = (row: number) => {
    let filled = 0;
    for (let i = 0; i < reqs.length; i++)
      filled += reqs[i].weight * Math.min(gaps[i], index.strength(row, ctx.codeIds[i]));
    const firm = index.firms[row];
    const pairing =
      (BIG.has(selfFirm.size) && SMALL.has(firm.size)) || (SMALL.has(selfFirm.size) && BIG.has(firm.size));
    return (
      PARTNER_POINTS.complement * (gapWeight ? filled / gapWeight : 0) +
      PARTNER_POINTS.mustHaveGap *
        (mustGaps.length
          ? mustGaps.filter((i) => index.strength(row, ctx.codeIds[i]) > 0).length / mustGaps.length
          : 0) +
      PARTNER_POINTS.roleGap *
        (missingRoles.length
          ? missingRoles.filter((r) => firm.roles.includes(r)).length / missingRoles.length
          : 0) +
      (pairing ? PARTNER_POINTS.pairing : 0) +
      (project.teamRules.localPartnerRequired && !selfLocal && isLocal(index, row, ctx)
        ? PARTNER_POINTS.localPartner
        : 0) +
      PARTNER_POINTS.experience * countryExperience(index, row, ctx)
    );
  };
  for (const row of index.rows()) {
    if (row === self || (options.filter && !options.filter(row))) continue;
    top.push(score(row), index.firms[row].id, row);
  }
  const labels = options.labels ?? (() => undefined);
  return top.values().map(({ score: s, value: row }) => {
    const firm = index.firms[row];
    const fills = reqs
      .map((r, i) => ({
        code: r.code,
        gap: Math.round(gaps[i] * 100) / 100,
        strength: Math.round(index.strength(row, ctx.codeIds[i]) * 100) / 100,
        mustHave: r.mustHave,
      }))
      .filter((f) => f.gap > 0 && f.strength > 0);
    const rolesAdded = missingRoles.filter((r) => firm.roles.includes(r));
    const boosts: PartnerSuggestion['boosts'] = [];
    if ((BIG.has(selfFirm.size) && SMALL.has(firm.size)) || (SMALL.has(selfFirm.size) && BIG.has(firm.size)))
      boosts.push('large_sme_pairing');
    if (project.teamRules.localPartnerRequired && !selfLocal && isLocal(index, row, ctx))
      boosts.push('local_partner');
    return {
      firmId: firm.id,
      score: Math.round(s * 10) / 10,
      fills,
      rolesAdded,
      boosts,
      reasons: partnerReasons(fills, rolesAdded, boosts, firm.homeCountry, labels),
    };
  });
}

function partnerReasons(
  fills: PartnerSuggestion['fills'],
  roles: string[],
  boosts: PartnerSuggestion['boosts'],
  home: string,
  labels: Labels,
): Reason[] {
  const l = (c: string) => labels(c) ?? { en: c, ko: c };
  const reasons: Reason[] = [];
  if (fills.length) {
    const names = fills.slice(0, 3).map((f) => l(f.code));
    const musts = fills.filter((f) => f.mustHave && f.gap === 1).length;
    reasons.push({
      kind: 'gap',
      en: `Fills your gap in ${names.map((n) => n.en).join(', ')}${musts ? ` (${musts} must-have)` : ''}`,
      ko: `부족 역량 보완: ${names.map((n) => n.ko).join(', ')}${musts ? ` (필수 ${musts}개)` : ''}`,
    });
  }
  if (roles.length)
    reasons.push({
      kind: 'roles',
      en: `Adds the role of ${roles.map((r) => l(r).en).join(', ')}`,
      ko: `${roles.map((r) => l(r).ko).join(', ')} 역할 보완`,
    });
  if (boosts.includes('local_partner'))
    reasons.push({
      kind: 'boost',
      en: `Local partner based in ${l(home).en}`,
      ko: `${l(home).ko} 현지 파트너`,
    });
  if (boosts.includes('large_sme_pairing'))
    reasons.push({
      kind: 'boost',
      en: 'Large firm + SME pairing (going abroad together)',
      ko: '대·중소기업 동반진출 조합',
    });
  return reasons.slice(0, 4);
}
