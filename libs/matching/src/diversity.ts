import type { Scored, TeamScorer } from './team-scorer';
import type { Label } from './types';

/** How an alternative team differs from the best one. */
export type AlternativeLabel =
  | 'best'
  | 'proven_partners'
  | 'lighter'
  | 'more_smes'
  | 'stronger_coverage'
  | 'more_local'
  | 'different_lead'
  | 'more_experienced_lead'
  | 'same_score';

export const ALTERNATIVE_LABELS: Record<AlternativeLabel, Label> = {
  best: { en: 'Best overall', ko: '종합 최적' },
  proven_partners: { en: 'Proven partners', ko: '협업 경험 많은 구성' },
  lighter: { en: 'Lighter team', ko: '더 가벼운 구성' },
  more_smes: { en: 'More SMEs', ko: '중소기업 참여 확대' },
  stronger_coverage: { en: 'Stronger coverage', ko: '역량 충족도 강화' },
  more_local: { en: 'More local presence', ko: '현지 기업 참여 확대' },
  different_lead: { en: 'Different lead', ko: '다른 주관사' },
  more_experienced_lead: { en: 'Lead with country experience', ko: '현지 경험 있는 주관사' },
  same_score: { en: 'Same score', ko: '동일 점수' },
};

/** Facets an alternative is picked for, in order: each gets the best team that has it. */
const FACETS: Exclude<AlternativeLabel, 'best' | 'same_score' | 'more_experienced_lead'>[] = [
  'proven_partners',
  'lighter',
  'more_smes',
  'stronger_coverage',
  'more_local',
  'different_lead',
];

/** Alternatives are picked among this many best teams. */
const ALTERNATIVE_POOL = 300;

/** Scores within this of each other display the same (one decimal). */
export const SAME_SCORE = 0.05;

interface Team {
  members: number[];
  scored: Scored;
}

/** The facets on which `team` beats `best`. */
export function facetsOf(scorer: TeamScorer, team: Team, best: Team): AlternativeLabel[] {
  const count = (t: Team, flags: Uint8Array) => t.members.reduce((n, p) => n + flags[p], 0);
  const out: AlternativeLabel[] = [];
  if (team.scored.affinity > best.scored.affinity + 0.05) out.push('proven_partners');
  if (team.members.length < best.members.length) out.push('lighter');
  if (count(team, scorer.sme) > count(best, scorer.sme)) out.push('more_smes');
  if (team.scored.coverage > best.scored.coverage + 0.005) out.push('stronger_coverage');
  if (count(team, scorer.local) > count(best, scorer.local)) out.push('more_local');
  if (scorer.rows[team.scored.lead] !== scorer.rows[best.scored.lead]) out.push('different_lead');
  if (scorer.exp[team.scored.lead] > scorer.exp[best.scored.lead]) out.push('more_experienced_lead');
  return out;
}

/** "More SMEs" → "more SMEs" (keeps acronyms). */
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;

const jaccard = (a: number[], b: number[]) => {
  const inter = a.filter((x) => b.includes(x)).length;
  return inter / (a.length + b.length - inter);
};

/**
 * Picks up to `limit` teams from `ranked` (best first): the best, then for each facet the best
 * team that has it (proven partners, lighter, more SMEs …), then the next best; every pick differs
 * from the others (Jaccard similarity of members ≤ 0.6, relaxed to 0.8 and 1 when too few remain).
 * Returned best first, then by J.
 */
export function selectAlternatives<T extends Team>(scorer: TeamScorer, ranked: T[], limit: number): T[] {
  if (!ranked.length || limit <= 0) return [];
  // The alternatives come from the best teams seen; the rest of the search tail adds nothing.
  const pool = ranked.slice(0, ALTERNATIVE_POOL);
  const best = pool[0];
  const facets = new Map<T, AlternativeLabel[]>();
  const facetsOfTeam = (t: T) => {
    let f = facets.get(t);
    if (!f) facets.set(t, (f = facetsOf(scorer, t, best)));
    return f;
  };
  const picked: T[] = [best];
  const differs = (e: T, threshold: number) =>
    picked.every((p) => jaccard(p.members, e.members) <= threshold);
  for (const threshold of [0.6, 0.8]) {
    for (const facet of FACETS) {
      if (picked.length >= limit) break;
      if (picked.some((p) => p !== best && facetsOfTeam(p).includes(facet))) continue;
      const e = pool.find(
        (x) => !picked.includes(x) && facetsOfTeam(x).includes(facet) && differs(x, threshold),
      );
      if (e) picked.push(e);
    }
  }
  for (const threshold of [0.6, 0.8, 1]) {
    for (const e of pool) {
      if (picked.length >= limit) break;
      if (!picked.includes(e) && differs(e, threshold)) picked.push(e);
    }
  }
  const [first, ...rest] = picked;
  return [first, ...rest.sort((a, b) => b.scored.objective - a.scored.objective)];
}

export interface AlternativeNote {
  labels: AlternativeLabel[];
  /** Firm ids in this team and not in the best one, and the reverse. */
  added: string[];
  removed: string[];
  /** 1-based position of an earlier team with the same displayed score, if any. */
  sameScoreAs: number | null;
  summary: Label;
}

/** What each team offers compared with the first (the best) one, and why equal scores are equal. */
export function describeAlternatives(
  scorer: TeamScorer,
  teams: Team[],
  nameOf: (row: number) => Label,
): AlternativeNote[] {
  if (!teams.length) return [];
  const best = teams[0];
  const idOf = (p: number) => scorer.index.firms[scorer.rows[p]].id;
  return teams.map((team, i) => {
    if (i === 0)
      return {
        labels: ['best'],
        added: [],
        removed: [],
        sameScoreAs: null,
        summary: { en: 'Highest score under every rule.', ko: '모든 규칙을 충족하는 최고 점수 구성.' },
      };
    const labels = facetsOf(scorer, team, best);
    const added = team.members.filter((p) => !best.members.includes(p));
    const removed = best.members.filter((p) => !team.members.includes(p));
    const earlier = teams.findIndex(
      (t, j) => j < i && Math.abs(t.scored.objective - team.scored.objective) < SAME_SCORE,
    );
    if (earlier >= 0) labels.push('same_score');
    const names = (ps: number[], lang: 'en' | 'ko') => ps.map((p) => nameOf(scorer.rows[p])[lang]).join(', ');
    const swapEn = [
      added.length ? `with ${names(added, 'en')}` : '',
      removed.length ? `without ${names(removed, 'en')}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const swapKo = [
      added.length ? `${names(added, 'ko')} 참여` : '',
      removed.length ? `${names(removed, 'ko')} 제외` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const facetEn = labels
      .filter((l) => l !== 'same_score')
      .map((l, j) => (j ? lowerFirst(ALTERNATIVE_LABELS[l].en) : ALTERNATIVE_LABELS[l].en))
      .join(', ');
    const facetKo = labels
      .filter((l) => l !== 'same_score')
      .map((l) => ALTERNATIVE_LABELS[l].ko)
      .join(', ');
    const tieEn =
      earlier >= 0
        ? ` Same score as option ${earlier + 1}: the members differ but add up to the same J.`
        : '';
    const tieKo =
      earlier >= 0
        ? ` ${earlier + 1}번 구성과 점수가 같습니다: 구성원은 다르지만 목적함수 값이 같습니다.`
        : '';
    return {
      labels,
      added: added.map(idOf),
      removed: removed.map(idOf),
      sameScoreAs: earlier >= 0 ? earlier + 1 : null,
      summary: {
        en: `${facetEn ? `${facetEn}: ` : 'Alternative: '}${swapEn || 'same firms, other roles'}.${tieEn}`,
        ko: `${facetKo ? `${facetKo}: ` : '대안: '}${swapKo || '같은 기업, 다른 역할'}.${tieKo}`,
      },
    };
  });
}
