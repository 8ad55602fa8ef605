import type { Relation } from './collaboration-graph';
import type { AlternativeNote } from './diversity';
import { roleMaskFor } from './project-context';
import { relationSentence } from './relation-text';
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

/** Two members who have worked together, with the strongest evidence. */
export interface TeamRelation {
  firmIds: [string, string];
  affinity: number;
  relation: Relation;
  text: Label;
}

export interface TeamReport {
  members: TeamMemberReport[];
  coverage: CoverageRow[];
  gaps: string[];
  rules: RuleCheck[];
  feasible: boolean;
  objective: number;
  /** J clamped to 0–100 for display, one decimal. */
  score: number;
  /** The team's ties (Σ over members of min(1, affinity to the others)). */
  affinity: number;
  relations: TeamRelation[];
  /** How this team differs from the first suggestion (suggestions only). */
  alternative: AlternativeNote | null;
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
  alternative: AlternativeNote | null = null,
  /** Roles chosen by hand (a preview), per member; they replace the computed ones. */
  roles: (string | undefined)[] = [],
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
    const playable = roleMaskFor(index, scorer.rows[p], ctx);
    const fallback =
      f.roles.find((r) => r !== 'lead' && (playable & index.bit(`role:${r}`)) !== 0) ?? 'solution_provider';
    const role = roles[m] ?? (roleIdx === -2 ? 'lead' : roleIdx >= 0 ? scorer.roles[roleIdx] : fallback);
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
  const relations = teamRelations(scorer, members, labels);
  const rules = ruleChecks(scorer, members, memberReports, scored, labels, roles);
  const gaps = coverage.filter((c) => c.best === 0).map((c) => c.code);
  const lead = memberReports.find((m) => m.isLead)!;
  const feasible = rules.every((r) => r.passed);
  return {
    members: memberReports,
    coverage,
    gaps,
    rules,
    feasible,
    objective: round2(scored.objective),
    score: Math.max(0, Math.min(100, Math.round(scored.objective * 10) / 10)),
    affinity: round2(scored.affinity),
    relations,
    alternative,
    explanation: explain(memberReports, coverage, gaps, rules, lead, relations, labels),
  };
}

function teamRelations(scorer: TeamScorer, members: number[], labels: Labels): TeamRelation[] {
  const out: TeamRelation[] = [];
  const firm = (p: number) => scorer.index.firms[scorer.rows[p]];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = firm(members[i]);
      const b = firm(members[j]);
      const relation = scorer.graph.relations(a.id, b.id)[0];
      if (!relation || scorer.a(members[i], members[j]) <= 0) continue;
      out.push({
        firmIds: [a.id, b.id],
        affinity: round2(scorer.a(members[i], members[j])),
        relation,
        text: relationSentence(relation, a, b, labels),
      });
    }
  return out.sort((x, y) => y.affinity - x.affinity);
}

function ruleChecks(
  scorer: TeamScorer,
  members: number[],
  reports: TeamMemberReport[],
  scored: Scored,
  labels: Labels,
  handRoles: (string | undefined)[],
): RuleCheck[] {
  const rules = scorer.ctx.rules;
  const failed = new Set(scored.failed);
  const smes = members.reduce((n, p) => n + scorer.sme[p], 0);
  const country = lbl(labels, scorer.ctx.project.countryCode);
  const musts = scorer.ctx.project.requirements.filter((r) => r.mustHave);
  const missing = musts.filter(
    (r) => !members.some((p) => scorer.s(p, scorer.ctx.project.requirements.indexOf(r)) > 0),
  );
  const name = (m: TeamMemberReport) => ({ en: m.name, ko: m.nameKo ?? m.name });
  // A member given the local-partner role by hand must be based in the country.
  const foreignLocal = reports.filter((m, i) => m.role === 'local_partner' && !scorer.local[members[i]]);
  const hasLocal = members.some((p) => scorer.local[p]);
  const korean = members.reduce((n, p) => n + scorer.korean[p], 0);
  const leadReport = reports.find((m) => m.isLead)!;
  const unplaced = reports.filter(
    (m, i) =>
      !scorer.korean[members[i]] &&
      (m.isLead
        ? !scorer.leadable[members[i]]
        : (scored.roleOf[i] < 0 && !handRoles[i]) || !rolesAllowed(scorer, m.role)),
  );
  const checks: RuleCheck[] = [
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
      required: rules.localPartnerRequired || foreignLocal.length > 0,
      passed: !failed.has('local_partner') && !foreignLocal.length,
      detail: foreignLocal.length
        ? {
            en: `${foreignLocal.map((m) => name(m).en).join(', ')} is not based in ${country.en} and cannot be the local partner`,
            ko: `${foreignLocal.map((m) => name(m).ko).join(', ')}은(는) ${country.ko} 현지 기업이 아니므로 현지 파트너가 될 수 없습니다`,
          }
        : hasLocal
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
  const sources = scorer.ctx.ruleSources.filter((s) => s.rules.koreanLead || s.rules.foreignRoles);
  const because = sources.length
    ? {
        en: ` (${sources.map((s) => s.label.en).join(', ')})`,
        ko: ` (${sources.map((s) => s.label.ko).join(', ')})`,
      }
    : { en: '', ko: '' };
  // Rules that come with Korean financing are listed only where they apply.
  if (rules.koreanLead)
    checks.push({
      rule: 'korean_lead',
      required: true,
      passed: !failed.has('korean_lead'),
      detail: scorer.korean[scored.lead]
        ? { en: `The lead is a Korean firm${because.en}`, ko: `주관사가 한국 기업${because.ko}` }
        : {
            en: `${name(leadReport).en} is not a Korean firm; the lead must be${because.en}`,
            ko: `${name(leadReport).ko}은(는) 한국 기업이 아닙니다. 주관사는 한국 기업이어야 합니다${because.ko}`,
          },
    });
  if (rules.koreanMajority)
    checks.push({
      rule: 'korean_majority',
      required: true,
      passed: !failed.has('korean_majority'),
      detail: {
        en: `${korean} of ${members.length} members are Korean; at least half must be${because.en}`,
        ko: `구성원 ${members.length}개사 중 한국 기업 ${korean}개사 (절반 이상 필요)${because.ko}`,
      },
    });
  if (rules.foreignRoles) {
    const allowed = rules.foreignRoles.map((r) => lbl(labels, r));
    checks.push({
      rule: 'foreign_roles',
      required: true,
      passed: !failed.has('foreign_roles') && !unplaced.length,
      detail: unplaced.length
        ? {
            en: `${unplaced.map((m) => name(m).en).join(', ')} may take only: ${allowed.map((a) => a.en).join(', ')}${because.en}`,
            ko: `${unplaced.map((m) => name(m).ko).join(', ')}은(는) 다음 역할만 가능: ${allowed.map((a) => a.ko).join(', ')}${because.ko}`,
          }
        : {
            en: `Firms based abroad take only allowed roles (${allowed.map((a) => a.en).join(', ')})${because.en}`,
            ko: `해외 기업은 허용된 역할만 수행 (${allowed.map((a) => a.ko).join(', ')})${because.ko}`,
          },
    });
  }
  return checks;
}

function rolesAllowed(scorer: TeamScorer, role: string): boolean {
  const allowed = scorer.ctx.rules.foreignRoles;
  return !allowed || allowed.includes(role);
}

function explain(
  members: TeamMemberReport[],
  coverage: CoverageRow[],
  gaps: string[],
  rules: RuleCheck[],
  lead: TeamMemberReport,
  relations: TeamRelation[],
  labels: Labels,
): Label {
  const smes = members.filter((m) => m.size === 'sme' || m.size === 'startup').length;
  const covered = coverage.length - gaps.length;
  const failed = rules.filter((r) => r.required && !r.passed);
  const roleEn = (m: TeamMemberReport) => `${m.name} (${lbl(labels, m.role).en})`;
  const roleKo = (m: TeamMemberReport) => `${m.nameKo ?? m.name}(${lbl(labels, m.role).ko})`;
  const others = members.filter((m) => !m.isLead);
  const tie = relations[0];
  const en = [
    `${lead.name} leads a team of ${members.length}${others.length ? ` with ${others.map(roleEn).join(', ')}` : ''}.`,
    `Together they cover ${covered} of ${coverage.length} required capabilities${gaps.length ? `; gaps: ${gaps.map((g) => lbl(labels, g).en).join(', ')}` : ''}.`,
    tie ? `${tie.text.en}.` : '',
    smes ? `${smes} SME/startup member${smes > 1 ? 's' : ''} take${smes > 1 ? '' : 's'} part.` : '',
    failed.length
      ? `Not yet eligible: ${failed.map((r) => r.detail.en).join('; ')}.`
      : 'All team rules pass.',
  ];
  const ko = [
    `${lead.nameKo ?? lead.name} 주관, 총 ${members.length}개사${others.length ? `: ${others.map(roleKo).join(', ')}` : ''}.`,
    `요구 역량 ${coverage.length}개 중 ${covered}개 충족${gaps.length ? ` (부족: ${gaps.map((g) => lbl(labels, g).ko).join(', ')})` : ''}.`,
    tie ? `${tie.text.ko}.` : '',
    smes ? `중소·스타트업 ${smes}개사 참여.` : '',
    failed.length ? `미충족 규칙: ${failed.map((r) => r.detail.ko).join('; ')}.` : '모든 구성 규칙 충족.',
  ];
  return { en: en.filter(Boolean).join(' '), ko: ko.filter(Boolean).join(' ') };
}
