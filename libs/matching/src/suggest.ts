import { CollaborationGraph } from './collaboration-graph';
import { searchConsortia, type ConsortiumSearchOptions } from './consortium';
import { describeAlternatives } from './diversity';
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
  const candidates = result.feasible.length ? result.feasible : result.partial;
  const scorer = result.scorer;
  const teams = candidates.map((t) => ({
    members: t.rows.map((r) => scorer.rows.indexOf(r)),
    scored: t.scored,
  }));
  const nameOf = (row: number) => ({
    en: index.firms[row].name,
    ko: index.firms[row].nameKo ?? index.firms[row].name,
  });
  const notes = describeAlternatives(scorer, teams, nameOf);
  return {
    feasible: result.feasible.length > 0,
    teams: teams.map((t, i) => reportTeam(scorer, t.members, t.scored, options.labels, notes[i])),
    blockers: result.feasible.length ? [] : diagnose(scorer, options.labels, options.leadFirmId),
  };
}

/** Names the requirement or rule that no team from the eligible firms can satisfy. */
export function diagnose(
  scorer: TeamScorer,
  labels: Labels = () => undefined,
  leadFirmId?: string,
): Blocker[] {
  const { ctx, index } = scorer;
  const rules = ctx.rules;
  const all = scorer.rows.map((_, p) => p).filter((p) => scorer.joinable[p]);
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
  const lead =
    leadFirmId === undefined ? undefined : scorer.rows.findIndex((r) => index.firms[r].id === leadFirmId);
  const leads = lead !== undefined && lead >= 0 ? [lead] : all;
  if (rules.leadCountryExperience && !leads.some((p) => scorer.exp[p] >= 1)) {
    blockers.push({
      rule: 'lead_country_experience',
      en: `No eligible lead has a track record in ${country.en}`,
      ko: `${country.ko} 실적을 가진 주관사 후보가 없습니다`,
    });
  }
  if (rules.koreanLead && !leads.some((p) => scorer.korean[p])) {
    blockers.push({
      rule: 'korean_lead',
      en: 'The financing requires a Korean lead and no eligible lead is Korean',
      ko: '재원 조건상 한국 기업이 주관해야 하나 가능한 주관사가 없습니다',
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
  graph: CollaborationGraph = CollaborationGraph.empty(),
): TeamReport {
  const rows = members.map((m) => {
    const row = index.row(m.firmId);
    if (row === undefined) throw new UnknownFirmError(m.firmId);
    return row;
  });
  const scorer = new TeamScorer(index, projectContext(index, project), rows, graph);
  const positions = rows.map((_, p) => p);
  const leadAt = Math.max(
    0,
    members.findIndex((m) => m.role === 'lead'),
  );
  return reportTeam(
    scorer,
    positions,
    scorer.scoreWithLead(positions, leadAt),
    labels,
    null,
    members.map((m) => m.role),
  );
}

export class UnknownFirmError extends Error {
  constructor(readonly firmId: string) {
    super(`Unknown firm ${firmId}`);
  }
}
