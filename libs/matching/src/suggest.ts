import { searchConsortia, type ConsortiumSearchOptions } from './consortium';
import type { MatchIndex } from './match-index';
import { projectContext } from './project-context';
import { reportTeam, type TeamReport } from './team-report';
import { TeamScorer, type RuleId } from './team-scorer';
import type { Label, Labels, MatchProjectInput } from './types';

export interface Blocker extends Label {
  rule: RuleId;
}

export interface ConsortiumSuggestions {
  /** True when at least one team satisfies every rule. */
  feasible: boolean;
  teams: TeamReport[];
  /** Why no team satisfies the rules (empty when feasible). */
  blockers: Blocker[];
}

export function suggestConsortia(
  index: MatchIndex,
  project: MatchProjectInput,
  options: ConsortiumSearchOptions & { labels?: Labels } = {},
): ConsortiumSuggestions {
  const result = searchConsortia(index, project, options);
  const teams = (result.feasible.length ? result.feasible : result.partial).map((t) =>
    reportTeam(
      t.scorer,
      t.rows.map((r) => t.scorer.rows.indexOf(r)),
      t.scored,
      options.labels,
    ),
  );
  return {
    feasible: result.feasible.length > 0,
    teams,
    blockers: result.feasible.length ? [] : diagnose(result.scorer, options.labels),
  };
}

/** Names the requirement or rule that no team from the eligible firms can satisfy. */
export function diagnose(scorer: TeamScorer, labels: Labels = () => undefined): Blocker[] {
  const { ctx } = scorer;
  const rules = ctx.project.teamRules;
  const all = scorer.rows.map((_, p) => p);
  const country = labels(ctx.project.countryCode) ?? {
    en: ctx.project.countryCode,
    ko: ctx.project.countryCode,
  };
  const blockers: Blocker[] = [];
  ctx.project.requirements.forEach((r, i) => {
    if (r.mustHave && !all.some((p) => scorer.s(p, i) > 0)) {
      const l = labels(r.code) ?? { en: r.code, ko: r.code };
      blockers.push({
        rule: 'must_haves',
        en: `No eligible firm covers the must-have "${l.en}"`,
        ko: `필수 역량 "${l.ko}"을(를) 보유한 기업이 없습니다`,
      });
    }
  });
  const smes = all.filter((p) => scorer.sme[p]).length;
  if (smes < rules.minSmeMembers) {
    blockers.push({
      rule: 'min_sme',
      en: `Only ${smes} eligible SME/startup firm(s); the project needs ${rules.minSmeMembers}`,
      ko: `참여 가능한 중소·스타트업이 ${smes}개사뿐입니다 (필요: ${rules.minSmeMembers}개사)`,
    });
  }
  if (rules.localPartnerRequired && !all.some((p) => scorer.local[p])) {
    blockers.push({
      rule: 'local_partner',
      en: `No eligible firm is based in ${country.en}`,
      ko: `${country.ko} 현지 기업이 없습니다`,
    });
  }
  if (rules.leadCountryExperience && !all.some((p) => scorer.exp[p] >= 1)) {
    blockers.push({
      rule: 'lead_country_experience',
      en: `No eligible lead has a track record in ${country.en}`,
      ko: `${country.ko} 실적을 가진 주관사 후보가 없습니다`,
    });
  }
  if (!blockers.length) {
    blockers.push({
      rule: 'max_members',
      en: `No team of at most ${scorer.maxMembers} members satisfies every rule at once`,
      ko: `최대 ${scorer.maxMembers}개사 이내로 모든 규칙을 동시에 충족하는 구성이 없습니다`,
    });
  }
  return blockers;
}

/** Scores and checks an arbitrary set of firms. The lead is the member with role `lead`, else the first. */
export function previewTeam(
  index: MatchIndex,
  project: MatchProjectInput,
  members: { firmId: string; role?: string }[],
  labels?: Labels,
): TeamReport {
  const rows = members.map((m) => {
    const row = index.row(m.firmId);
    if (row === undefined) throw new UnknownFirmError(m.firmId);
    return row;
  });
  const scorer = new TeamScorer(index, projectContext(index, project), rows);
  const positions = rows.map((_, p) => p);
  const leadAt = Math.max(
    0,
    members.findIndex((m) => m.role === 'lead'),
  );
  const report = reportTeam(scorer, positions, scorer.scoreWithLead(positions, leadAt), labels);
  members.forEach((m, i) => m.role && (report.members[i].role = m.role));
  return report;
}

export class UnknownFirmError extends Error {
  constructor(readonly firmId: string) {
    super(`Unknown firm ${firmId}`);
  }
}
