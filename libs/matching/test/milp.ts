import highsLoader from 'highs';
import { CollaborationGraph } from '../src/collaboration-graph';
import type { MatchIndex } from '../src/match-index';
import type { MatchProjectInput } from '../src/types';
import { projectContext } from '../src/project-context';
import { TeamScorer } from '../src/team-scorer';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Promise<Highs> | undefined;

const num = (v: number) => (Math.abs(v) < 1e-12 ? '0' : v.toFixed(9));

/**
 * The consortium objective J(T) and its hard rules as a MILP (README.md), solved exactly by
 * HiGHS. Test and benchmark referee only: the product uses the heuristic.
 *
 * Variables: x_f member, l_f lead, v_kf role k, y_rf ∈ [0,1] "f counts for requirement r",
 * z_fg ∈ [0,1] "f and g both in" (z ≤ x_f, z ≤ x_g) and u_f ∈ [0,1] "f's ties to the team"
 * (u_f ≤ x_f, u_f ≤ Σ_g a_fg z_fg), so Σ_f u_f = Σ_f min(1, Σ_g a_fg) over the members.
 */
export async function solveExactly(
  index: MatchIndex,
  project: MatchProjectInput,
  leadFirmId?: string,
  graph: CollaborationGraph = CollaborationGraph.empty(),
): Promise<{ feasible: false } | { feasible: true; objective: number; members: string[] }> {
  const ctx = projectContext(index, project);
  const rows = [...index.rows()];
  const sc = new TeamScorer(index, ctx, rows, graph, leadFirmId ? index.row(leadFirmId) : undefined);
  const W = sc.weights;
  const F = rows.length;
  const R = ctx.codeIds.length;
  const K = sc.roles.length;
  const roleCount = K + (sc.leadRole ? 1 : 0);
  const obj: string[] = [];
  const cons: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  let constant = 0;
  const rules = ctx.rules;
  const restricted = rules.foreignRoles !== null;
  for (let f = 0; f < F; f++) {
    binaries.push(`x${f}`, `l${f}`);
    obj.push(`- ${num(W.perMember)} x${f}`, `+ ${num(W.leadExperience * sc.exp[f])} l${f}`);
    cons.push(`lx${f}: l${f} - x${f} <= 0`);
    if (!sc.joinable[f]) cons.push(`join${f}: x${f} = 0`);
    if (!sc.leadable[f]) cons.push(`canlead${f}: l${f} = 0`);
  }
  if (ctx.totalWeight) {
    for (let r = 0; r < R; r++) {
      const terms: string[] = [];
      for (let f = 0; f < F; f++) {
        const s = sc.s(f, r);
        if (s <= 0) continue;
        obj.push(`+ ${num((W.coverage * ctx.weights[r] * s) / ctx.totalWeight)} y${r}_${f}`);
        bounds.push(`0 <= y${r}_${f} <= 1`);
        cons.push(`yx${r}_${f}: y${r}_${f} - x${f} <= 0`);
        terms.push(`y${r}_${f}`);
      }
      if (terms.length) cons.push(`cov${r}: ${terms.join(' + ')} <= 1`);
      if (ctx.mustHave[r]) {
        const covering = rows.map((_, f) => f).filter((f) => sc.s(f, r) > 0 && sc.joinable[f]);
        if (!covering.length) return { feasible: false };
        cons.push(`must${r}: ${covering.map((f) => `x${f}`).join(' + ')} >= 1`);
      }
    }
  } else constant += W.coverage;
  const playable = (f: number) => Array.from({ length: K }, (_, k) => k).filter((k) => sc.canPlay[f * K + k]);
  if (roleCount) {
    if (sc.leadRole) constant += W.roles / roleCount;
    for (let k = 0; k < K; k++) {
      const terms: string[] = [];
      for (let f = 0; f < F; f++) {
        if (!sc.canPlay[f * K + k]) continue;
        binaries.push(`v${k}_${f}`);
        obj.push(`+ ${num(W.roles / roleCount)} v${k}_${f}`);
        cons.push(`vx${k}_${f}: v${k}_${f} - x${f} <= 0`);
        terms.push(`v${k}_${f}`);
      }
      if (terms.length) cons.push(`role${k}: ${terms.join(' + ')} <= 1`);
    }
    for (let f = 0; f < F; f++) {
      const vs = playable(f).map((k) => `v${k}_${f}`);
      cons.push(`one${f}: ${[...vs, `l${f}`].join(' + ')} <= 1`);
    }
  } else constant += W.roles;
  // A member based abroad must hold a role the rules allow it (or lead, where allowed).
  if (restricted)
    for (let f = 0; f < F; f++) {
      if (sc.korean[f]) continue;
      const held = [...playable(f).map((k) => `v${k}_${f}`), `l${f}`];
      cons.push(`foreign${f}: x${f} - ${held.join(' - ')} <= 0`);
    }
  // Ties: u_f ≤ x_f, u_f ≤ Σ_g a_fg z_fg, z_fg ≤ x_f, z_fg ≤ x_g.
  if (W.affinity > 0) {
    const ties: string[][] = Array.from({ length: F }, () => []);
    for (let f = 0; f < F; f++)
      for (let g = f + 1; g < F; g++) {
        const a = sc.a(f, g);
        if (a <= 0) continue;
        const z = `z${f}_${g}`;
        bounds.push(`0 <= ${z} <= 1`);
        cons.push(`zf${f}_${g}: ${z} - x${f} <= 0`, `zg${f}_${g}: ${z} - x${g} <= 0`);
        ties[f].push(`${num(a)} ${z}`);
        ties[g].push(`${num(a)} ${z}`);
      }
    for (let f = 0; f < F; f++) {
      if (!ties[f].length) continue;
      bounds.push(`0 <= u${f} <= 1`);
      obj.push(`+ ${num(W.affinity)} u${f}`);
      cons.push(`ux${f}: u${f} - x${f} <= 0`, `ut${f}: u${f} - ${ties[f].join(' - ')} <= 0`);
    }
  }
  const all = rows.map((_, f) => f);
  cons.push(`lead: ${all.map((f) => `l${f}`).join(' + ')} = 1`);
  if (leadFirmId) cons.push(`fixed: l${rows.indexOf(index.row(leadFirmId)!)} = 1`);
  cons.push(`max: ${all.map((f) => `x${f}`).join(' + ')} <= ${sc.maxMembers}`);
  if (rules.minSmeMembers > 0) {
    const smes = all.filter((f) => sc.sme[f] && sc.joinable[f]);
    if (smes.length < rules.minSmeMembers) return { feasible: false };
    cons.push(`sme: ${smes.map((f) => `x${f}`).join(' + ')} >= ${rules.minSmeMembers}`);
  }
  if (rules.localPartnerRequired) {
    const locals = all.filter((f) => sc.local[f] && sc.joinable[f]);
    if (!locals.length) return { feasible: false };
    cons.push(`local: ${locals.map((f) => `x${f}`).join(' + ')} >= 1`);
  }
  if (rules.leadCountryExperience) {
    const experienced = all.filter((f) => sc.exp[f] >= 1 && sc.leadable[f]);
    if (!experienced.length) return { feasible: false };
    cons.push(`leadexp: ${experienced.map((f) => `l${f}`).join(' + ')} >= 1`);
  }
  // At least half Korean: Σ (2·korean_f − 1) x_f ≥ 0.
  if (rules.koreanMajority)
    cons.push(
      `majority: ${all
        .map((f) => `${sc.korean[f] ? '+ 1' : '- 1'} x${f}`)
        .join(' ')
        .replace(/^\+ /, '')} >= 0`,
    );
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
