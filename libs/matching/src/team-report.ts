import type { TeamScorer, RuleId, Scored } from './team-scorer';
import type { Label, Labels } from './types';

export interface RuleCheck {
  rule: RuleId;
  /** False when the project does not impose the rule (it then always passes). */
  required: boolean;
  passed: boolean;
  detail: Label;
}

export interface TeamMemberReport {
  firmId: string;
  name: string;
  nameKo: string | null;
  size: string;
  homeCountry: string;
  role: string;
  isLead: boolean;
  /** Requirement codes this member covers best in the team. */
  covers: string[];
}

export interface CoverageRow {
  code: string;
  weight: number;
  mustHave: boolean;
  /** Best strength in the team, 0..1 */
  best: number;
  coveredBy: string | null;
  /** Strength per member, in member order. */
  cells: number[];
}

export interface TeamReport {
  members: TeamMemberReport[];
  coverage: CoverageRow[];
  gaps: string[];
  rules: RuleCheck[];
  feasible: boolean;
  objective: number;
  /** J clamped to 0–100 for display. */
  score: number;
  explanation: Label;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const lbl = (labels: Labels, code: string): Label => labels(code) ?? { en: code, ko: code };

/** Turns a scored team into what users see: members with roles, the coverage matrix, rule checks, a paragraph. */
export function reportTeam(
  scorer: TeamScorer,
  members: number[],
  scored: Scored,
  labels: Labels = () => undefined,
): TeamReport {
  const { index, ctx } = scorer;
  const firms = members.map((p) => index.firms[scorer.rows[p]]);
  const coverage: CoverageRow[] = ctx.project.requirements.map((r, i) => {
    const cells = members.map((p) => round2(scorer.s(p, i)));
    const best = Math.max(0, ...cells);
    const at = cells.indexOf(best);
    return {
      code: r.code,
      weight: r.weight,
      mustHave: r.mustHave,
      best,
      coveredBy: best > 0 ? firms[at].id : null,
      cells,
    };
  });
  const memberReports: TeamMemberReport[] = members.map((p, m) => {
    const f = firms[m];
    const roleIdx = scored.roleOf[m];
    const role =
      roleIdx === -2
        ? 'lead'
        : roleIdx >= 0
          ? scorer.roles[roleIdx]
          : (f.roles.find((r) => r !== 'lead') ?? f.roles[0] ?? 'solution_provider');
    return {
      firmId: f.id,
      name: f.name,
      nameKo: f.nameKo ?? null,
      size: f.size,
      homeCountry: f.homeCountry,
      role,
      isLead: p === scored.lead,
      covers: coverage.filter((c) => c.coveredBy === f.id).map((c) => c.code),
    };
  });
  const rules = ruleChecks(scorer, members, scored, labels);
  const gaps = coverage.filter((c) => c.best === 0).map((c) => c.code);
  const lead = memberReports.find((m) => m.isLead)!;
  return {
    members: memberReports,
    coverage,
    gaps,
    rules,
    feasible: scored.feasible,
    objective: round2(scored.objective),
    score: Math.max(0, Math.min(100, Math.round(scored.objective))),
    explanation: explain(memberReports, coverage, gaps, rules, lead, labels),
  };
}

function ruleChecks(scorer: TeamScorer, members: number[], scored: Scored, labels: Labels): RuleCheck[] {
  const rules = scorer.ctx.project.teamRules;
  const failed = new Set(scored.failed);
  const smes = members.reduce((n, p) => n + scorer.sme[p], 0);
  const country = lbl(labels, scorer.ctx.project.countryCode);
  const musts = scorer.ctx.project.requirements.filter((r) => r.mustHave);
  const missing = musts.filter(
    (r) => !members.some((p) => scorer.s(p, scorer.ctx.project.requirements.indexOf(r)) > 0),
  );
  return [
    {
      rule: 'must_haves',
      required: musts.length > 0,
      passed: !failed.has('must_haves'),
      detail: missing.length
        ? {
            en: `Missing must-have: ${missing.map((r) => lbl(labels, r.code).en).join(', ')}`,
            ko: `필수 역량 누락: ${missing.map((r) => lbl(labels, r.code).ko).join(', ')}`,
          }
        : { en: `All ${musts.length} must-haves covered`, ko: `필수 역량 ${musts.length}개 모두 충족` },
    },
    {
      rule: 'min_sme',
      required: rules.minSmeMembers > 0,
      passed: !failed.has('min_sme'),
      detail: {
        en: `${smes} SME/startup member(s); at least ${rules.minSmeMembers} required`,
        ko: `중소·스타트업 ${smes}개사 (최소 ${rules.minSmeMembers}개사)`,
      },
    },
    {
      rule: 'max_members',
      required: rules.maxMembers !== null,
      passed: !failed.has('max_members'),
      detail:
        rules.maxMembers !== null
          ? {
              en: `${members.length} members; at most ${rules.maxMembers}`,
              ko: `구성원 ${members.length}개사 (최대 ${rules.maxMembers}개사)`,
            }
          : { en: `${members.length} members; no maximum`, ko: `구성원 ${members.length}개사 (제한 없음)` },
    },
    {
      rule: 'local_partner',
      required: rules.localPartnerRequired,
      passed: !failed.has('local_partner'),
      detail: members.some((p) => scorer.local[p])
        ? { en: `Includes a partner based in ${country.en}`, ko: `${country.ko} 현지 파트너 포함` }
        : { en: `No partner based in ${country.en}`, ko: `${country.ko} 현지 파트너 없음` },
    },
    {
      rule: 'lead_country_experience',
      required: rules.leadCountryExperience,
      passed: !failed.has('lead_country_experience'),
      detail:
        scorer.exp[scored.lead] >= 1
          ? { en: `The lead has experience in ${country.en}`, ko: `주관사가 ${country.ko} 사업 경험 보유` }
          : {
              en: `The lead has no track record in ${country.en}`,
              ko: `주관사의 ${country.ko} 사업 실적 없음`,
            },
    },
  ];
}

function explain(
  members: TeamMemberReport[],
  coverage: CoverageRow[],
  gaps: string[],
  rules: RuleCheck[],
  lead: TeamMemberReport,
  labels: Labels,
): Label {
  const smes = members.filter((m) => m.size === 'sme' || m.size === 'startup').length;
  const covered = coverage.length - gaps.length;
  const failed = rules.filter((r) => r.required && !r.passed);
  const roleEn = (m: TeamMemberReport) => `${m.name} (${lbl(labels, m.role).en})`;
  const roleKo = (m: TeamMemberReport) => `${m.nameKo ?? m.name}(${lbl(labels, m.role).ko})`;
  const others = members.filter((m) => !m.isLead);
  const en = [
    `${lead.name} leads a team of ${members.length}${others.length ? ` with ${others.map(roleEn).join(', ')}` : ''}.`,
    `Together they cover ${covered} of ${coverage.length} required capabilities${gaps.length ? `; gaps: ${gaps.map((g) => lbl(labels, g).en).join(', ')}` : ''}.`,
    smes ? `${smes} SME/startup member${smes > 1 ? 's' : ''} take${smes > 1 ? '' : 's'} part.` : '',
    failed.length
      ? `Not yet eligible: ${failed.map((r) => r.detail.en).join('; ')}.`
      : 'All team rules pass.',
  ];
  const ko = [
    `${lead.nameKo ?? lead.name} 주관, 총 ${members.length}개사${others.length ? `: ${others.map(roleKo).join(', ')}` : ''}.`,
    `요구 역량 ${coverage.length}개 중 ${covered}개 충족${gaps.length ? ` (부족: ${gaps.map((g) => lbl(labels, g).ko).join(', ')})` : ''}.`,
    smes ? `중소·스타트업 ${smes}개사 참여.` : '',
    failed.length ? `미충족 규칙: ${failed.map((r) => r.detail.ko).join('; ')}.` : '모든 구성 규칙 충족.',
  ];
  return { en: en.filter(Boolean).join(' '), ko: ko.filter(Boolean).join(' ') };
}
