import { evidenceFor, type EvidenceItem } from './evidence';
import { LADDER, type MatchIndex } from './match-index';
import { countryExperience, roleMaskFor, type ProjectContext } from './project-context';
import { regionOf } from './regions';
import type { Labels, Reason } from './types';

/** Points per part of the 0–100 fit score (see README.md). */
export const FIT_POINTS = {
  capabilities: 50,
  mustHaves: 15,
  roles: 10,
  experience: 15,
  sector: 5,
  ladder: 5,
} as const;

export interface RequirementBreakdown {
  code: string;
  weight: number;
  mustHave: boolean;
  covered: boolean;
  /** 0..1 */
  strength: number;
  level: number;
  /** Solutions of the firm listing this capability. */
  solutions: string[];
  /** The evidence that counted for the strength (v2), strongest first. */
  evidence: EvidenceItem[];
  points: number;
  maxPoints: number;
}

export interface FitBreakdown {
  score: number;
  parts: {
    capabilities: number;
    mustHaves: number;
    roles: number;
    experience: number;
    sector: number;
    ladder: number;
  };
  requirements: RequirementBreakdown[];
  matchedRoles: string[];
  experience: { country: string; year: number | null; kind: 'home' | 'country' | 'region' } | null;
  reasons: Reason[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Fast score only (no allocation): used to rank every firm before explaining the top ones. */
export function fitScore(index: MatchIndex, row: number, ctx: ProjectContext): number {
  let weighted = 0;
  let mustCovered = 0;
  for (let i = 0; i < ctx.codeIds.length; i++) {
    const s = index.strength(row, ctx.codeIds[i]);
    weighted += ctx.weights[i] * s;
    if (ctx.mustHave[i] && s > 0) mustCovered++;
  }
  const cap = ctx.totalWeight ? weighted / ctx.totalWeight : 1;
  const must = ctx.mustHaveCount ? mustCovered / ctx.mustHaveCount : 1;
  return (
    FIT_POINTS.capabilities * cap +
    FIT_POINTS.mustHaves * must +
    FIT_POINTS.roles * roleFit(index, row, ctx) +
    FIT_POINTS.experience * countryExperience(index, row, ctx) +
    FIT_POINTS.sector * sectorFit(index, row, ctx) +
    FIT_POINTS.ladder * ladderFit(index.ladder[row])
  );
}

/** Roles the project needs that the firm can take (local partner only when based in the country), up to 2. */
function roleFit(index: MatchIndex, row: number, ctx: ProjectContext): number {
  const needed = ctx.roles.length;
  if (!needed) return 1;
  return Math.min(1, popcount(roleMaskFor(index, row, ctx) & ctx.roleMask) / Math.min(2, needed));
}

function sectorFit(index: MatchIndex, row: number, ctx: ProjectContext): number {
  if (!ctx.domains.length) return 1;
  return popcount(index.domainMask[row] & ctx.domainMask) / ctx.domains.length;
}

function popcount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}

const ladderFit = (ladder: number) => (ladder === 255 ? 0 : ladder / (LADDER.length - 1));

/** The same score with every part explained: per requirement, what covers it and the points earned. */
export function explainFit(
  index: MatchIndex,
  row: number,
  ctx: ProjectContext,
  labels: Labels = () => undefined,
): FitBreakdown {
  const firm = index.firms[row];
  const requirements: RequirementBreakdown[] = ctx.project.requirements.map((r, i) => {
    const codeId = ctx.codeIds[i];
    const strength = index.strength(row, codeId);
    const maxPoints = ctx.totalWeight ? (FIT_POINTS.capabilities * r.weight) / ctx.totalWeight : 0;
    return {
      code: r.code,
      weight: r.weight,
      mustHave: r.mustHave,
      covered: strength > 0,
      strength: Math.round(strength * 100) / 100,
      level: firm.capabilities.find((c) => c.code === r.code)?.level ?? 0,
      solutions: firm.solutions.filter((s) => s.capabilityCodes.includes(r.code)).map((s) => s.name),
      evidence: strength > 0 ? evidenceFor(firm, r.code, index.model) : [],
      points: round1(maxPoints * strength),
      maxPoints: round1(maxPoints),
    };
  });
  const exp = countryExperience(index, row, ctx);
  const parts = {
    capabilities: round1(
      ctx.totalWeight
        ? (FIT_POINTS.capabilities *
            requirements.reduce((s, r) => s + r.weight * index.strength(row, index.codeId(r.code)), 0)) /
            ctx.totalWeight
        : FIT_POINTS.capabilities,
    ),
    mustHaves: round1(
      FIT_POINTS.mustHaves *
        (ctx.mustHaveCount
          ? requirements.filter((r) => r.mustHave && r.covered).length / ctx.mustHaveCount
          : 1),
    ),
    roles: round1(FIT_POINTS.roles * roleFit(index, row, ctx)),
    experience: round1(FIT_POINTS.experience * exp),
    sector: round1(FIT_POINTS.sector * sectorFit(index, row, ctx)),
    ladder: round1(FIT_POINTS.ladder * ladderFit(index.ladder[row])),
  };
  const experience = experienceDetail(index, row, ctx.project.countryCode, exp);
  const playable = roleMaskFor(index, row, ctx);
  const matchedRoles = ctx.roles.filter((r) => (playable & index.bit(`role:${r}`)) !== 0);
  return {
    score: round1(fitScore(index, row, ctx)),
    parts,
    requirements,
    matchedRoles,
    experience,
    reasons: fitReasons(requirements, experience, matchedRoles, labels),
  };
}

function experienceDetail(
  index: MatchIndex,
  row: number,
  country: string,
  exp: number,
): FitBreakdown['experience'] {
  if (!exp) return null;
  const firm = index.firms[row];
  if (firm.homeCountry === country) return { country, year: null, kind: 'home' };
  const records = index.experience[row];
  if (records.has(country)) return { country, year: records.get(country) ?? null, kind: 'country' };
  // The most recent record in the project's region (the one that earned the points), not elsewhere.
  const region = regionOf(country);
  const [other, year] = [...records.entries()]
    .filter(([c]) => regionOf(c) === region)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0];
  return { country: other, year, kind: 'region' };
}

const en = (labels: Labels, code: string) => labels(code)?.en ?? code;
const ko = (labels: Labels, code: string) => labels(code)?.ko ?? code;
const list = (items: string[], and: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** 2–4 plain sentences in Korean and English, strongest first. */
export function fitReasons(
  reqs: RequirementBreakdown[],
  experience: FitBreakdown['experience'],
  roles: string[],
  labels: Labels,
): Reason[] {
  const reasons: Reason[] = [];
  const covered = reqs.filter((r) => r.covered).length;
  const musts = reqs.filter((r) => r.mustHave);
  const missingMust = musts.filter((r) => !r.covered);
  if (reqs.length) {
    let tailEn = '';
    let tailKo = '';
    if (musts.length && !missingMust.length) {
      tailEn =
        musts.length === 1
          ? ', including the must-have'
          : musts.length === 2
            ? ', including both must-haves'
            : ', including all must-haves';
      tailKo = ', 필수 역량 모두 포함';
    } else if (missingMust.length) {
      tailEn = `; misses must-have ${list(
        missingMust.map((r) => en(labels, r.code)),
        'and',
      )}`;
      tailKo = `; 필수 역량 ${missingMust.map((r) => ko(labels, r.code)).join(', ')} 없음`;
    }
    reasons.push({
      kind: 'capabilities',
      en: `Covers ${covered} of ${reqs.length} required capabilities${tailEn}`,
      ko: `요구 역량 ${reqs.length}개 중 ${covered}개 보유${tailKo}`,
    });
  }
  if (experience) {
    const yearEn = experience.year ? ` (${experience.year})` : '';
    const yearKo = experience.year ? ` (${experience.year}년)` : '';
    const c = experience.country;
    if (experience.kind === 'home')
      reasons.push({ kind: 'experience', en: `Based in ${en(labels, c)}`, ko: `${ko(labels, c)} 현지 기업` });
    else if (experience.kind === 'country')
      reasons.push({
        kind: 'experience',
        en: `Has delivered work in ${en(labels, c)}${yearEn}`,
        ko: `${ko(labels, c)} 수행 실적 보유${yearKo}`,
      });
    else
      reasons.push({
        kind: 'experience',
        en: `Has regional experience in ${en(labels, c)}${yearEn}`,
        ko: `인근 국가 ${ko(labels, c)} 수행 실적${yearKo}`,
      });
  }
  const withSolution = reqs.find((r) => r.solutions.length);
  if (withSolution) {
    reasons.push({
      kind: 'solution',
      en: `Solution "${withSolution.solutions[0]}" covers ${en(labels, withSolution.code)}`,
      ko: `솔루션 "${withSolution.solutions[0]}"(으)로 ${ko(labels, withSolution.code)} 대응`,
    });
  }
  const backed = reqs.find((r) => r.evidence.some((e) => e.kind === 'track_record'));
  if (backed) {
    const record = backed.evidence.find((e) => e.kind === 'track_record')!;
    const yearEn = record.year ? `, ${record.year}` : '';
    const yearKo = record.year ? ` (${record.year}년)` : '';
    reasons.push({
      kind: 'evidence',
      en: `${en(labels, backed.code)} is backed by its track record "${record.name}"${yearEn}`,
      ko: `${ko(labels, backed.code)} 역량을 수행 실적 "${record.name}"${yearKo}(으)로 입증`,
    });
  }
  if (roles.length && reasons.length < 4) {
    reasons.push({
      kind: 'roles',
      en: `Can take the role of ${list(
        roles.map((r) => en(labels, r)),
        'or',
      )}`,
      ko: `${roles.map((r) => ko(labels, r)).join(', ')} 역할 수행 가능`,
    });
  }
  return reasons.slice(0, 4);
}
