import highsLoader from 'highs';
import type { MatchIndex } from '../src/match-index';
import type { MatchProjectInput } from '../src/types';
import { projectContext } from '../src/project-context';
import { OBJECTIVE, TeamScorer } from '../src/team-scorer';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Promise<Highs> | undefined;

const num = (v: number) => (Math.abs(v) < 1e-12 ? '0' : v.toFixed(9));

/**
 * The consortium objective J(T) and its hard rules as a MILP (README.md), solved exactly by
 * HiGHS. Test and benchmark referee only: the product uses the heuristic.
 */
export async function solveExactly(
  index: MatchIndex,
  project: MatchProjectInput,
  leadFirmId?: string,
): Promise<{ feasible: false } | { feasible: true; objective: number; members: string[] }> {
  const ctx = projectContext(index, project);
  const rows = [...index.rows()];
  const sc = new TeamScorer(index, ctx, rows);
  const F = rows.length;
  const R = ctx.codeIds.length;
  const K = sc.roles.length;
  const roleCount = K + (sc.leadRole ? 1 : 0);
  const obj: string[] = [];
  const cons: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  let constant = 0;
  for (let f = 0; f < F; f++) {
    binaries.push(`x${f}`, `l${f}`);
    obj.push(`- ${num(OBJECTIVE.perMember)} x${f}`, `+ ${num(OBJECTIVE.leadExperience * sc.exp[f])} l${f}`);
    cons.push(`lx${f}: l${f} - x${f} <= 0`);
  }
  if (ctx.totalWeight) {
    for (let r = 0; r < R; r++) {
      const terms: string[] = [];
      for (let f = 0; f < F; f++) {
        const s = sc.s(f, r);
        if (s <= 0) continue;
        obj.push(`+ ${num((OBJECTIVE.coverage * ctx.weights[r] * s) / ctx.totalWeight)} y${r}_${f}`);
        bounds.push(`0 <= y${r}_${f} <= 1`);
        cons.push(`yx${r}_${f}: y${r}_${f} - x${f} <= 0`);
        terms.push(`y${r}_${f}`);
      }
      if (terms.length) cons.push(`cov${r}: ${terms.join(' + ')} <= 1`);
      if (ctx.mustHave[r]) {
        const covering = rows.map((_, f) => f).filter((f) => sc.s(f, r) > 0);
        if (!covering.length) return { feasible: false };
        cons.push(`must${r}: ${covering.map((f) => `x${f}`).join(' + ')} >= 1`);
      }
    }
  } else constant += OBJECTIVE.coverage;
  if (roleCount) {
    if (sc.leadRole) constant += OBJECTIVE.roles / roleCount;
    for (let k = 0; k < K; k++) {
      const terms: string[] = [];
      for (let f = 0; f < F; f++) {
        if (!sc.canPlay[f * K + k]) continue;
        binaries.push(`v${k}_${f}`);
        obj.push(`+ ${num(OBJECTIVE.roles / roleCount)} v${k}_${f}`);
        cons.push(`vx${k}_${f}: v${k}_${f} - x${f} <= 0`);
        terms.push(`v${k}_${f}`);
      }
      if (terms.length) cons.push(`role${k}: ${terms.join(' + ')} <= 1`);
    }
    for (let f = 0; f < F; f++) {
      const vs = Array.from({ length: K }, (_, k) => k)
        .filter((k) => sc.canPlay[f * K + k])
        .map((k) => `v${k}_${f}`);
      cons.push(`one${f}: ${[...vs, `l${f}`].join(' + ')} <= 1`);
    }
  } else constant += OBJECTIVE.roles;
  const all = rows.map((_, f) => f);
  cons.push(`lead: ${all.map((f) => `l${f}`).join(' + ')} = 1`);
  if (leadFirmId) cons.push(`fixed: l${rows.indexOf(index.row(leadFirmId)!)} = 1`);
  const rules = project.teamRules;
  cons.push(`max: ${all.map((f) => `x${f}`).join(' + ')} <= ${sc.maxMembers}`);
  if (rules.minSmeMembers > 0) {
    const smes = all.filter((f) => sc.sme[f]);
    if (smes.length < rules.minSmeMembers) return { feasible: false };
    cons.push(`sme: ${smes.map((f) => `x${f}`).join(' + ')} >= ${rules.minSmeMembers}`);
  }
  if (rules.localPartnerRequired) {
    const locals = all.filter((f) => sc.local[f]);
    if (!locals.length) return { feasible: false };
    cons.push(`local: ${locals.map((f) => `x${f}`).join(' + ')} >= 1`);
  }
  if (rules.leadCountryExperience) {
    const experienced = all.filter((f) => sc.exp[f] >= 1);
    if (!experienced.length) return { feasible: false };
    cons.push(`leadexp: ${experienced.map((f) => `l${f}`).join(' + ')} >= 1`);
  }
  const lp = [
    'Maximize',
    ` obj: ${obj.join(' ').replace(/^\+ /, '')}`,
    'Subject To',
    ...cons.map((c) => ` ${c}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    'Binary',
    ...binaries.map((b) => ` ${b}`),
    'End',
  ].join('\n');
  highs ??= highsLoader();
  const solution = (await highs).solve(lp);
  if (solution.Status !== 'Optimal') return { feasible: false };
  const members = all
    .filter((f) => (solution.Columns[`x${f}`]?.Primal ?? 0) > 0.5)
    .map((f) => index.firms[rows[f]].id);
  return { feasible: true, objective: solution.ObjectiveValue + constant, members };
}
