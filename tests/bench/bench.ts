import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildCollaborationGraph,
  MatchIndex,
  rankFirms,
  searchConsortia,
  suggestPartners,
  type MatchFirmInput,
  type MatchProjectInput,
} from '@app/matching';
import { solveExactly } from '../../libs/matching/test/milp';
import { httpBench, type RouteLoad } from './http-bench';
import { percentiles, timed } from './stats';
import { prng, syntheticFirms, syntheticGraph, syntheticProjects, taxonomyCodes } from './synthetic';

const gc = (globalThis as { gc?: () => void }).gc;

/** 200 small random instances for the heuristic-vs-HiGHS comparison (same shapes as the property test). */
async function optimality(count = 200) {
  const r = prng(42);
  const { codes } = taxonomyCodes();
  const few = codes.slice(0, 8);
  const ratios: number[] = [];
  let heuristicMs = 0;
  let exactMs = 0;
  for (let i = 0; i < count; i++) {
    const firms: MatchFirmInput[] = Array.from({ length: r.int(6, 12) }, (_, f) => ({
      id: `f${f}`,
      name: `F${f}`,
      size: r.pick(['sme', 'startup', 'large', 'mid']),
      homeCountry: r.pick(['VN', 'KR', 'KR']),
      roles: r.next() < 0.6 ? [r.pick(['lead', 'solution_provider', 'system_integration', 'local_partner'])] : [],
      capabilities: Array.from({ length: r.int(1, 3) }, () => ({ code: r.pick(few), level: r.int(1, 3) })),
      solutions: [],
      trackRecords: r.next() < 0.4 ? [{ countryCode: r.pick(['VN', 'ID']), year: 2020 }] : [],
      corporateGroup: r.next() < 0.2 ? r.pick(['g1', 'g2']) : null,
    }));
    // Shared past projects between random pairs: ties in the objective.
    for (let k = r.int(0, 5); k > 0; k--) {
      const year = r.int(2012, 2025);
      for (const f of [r.pick(firms), r.pick(firms)])
        f.trackRecords.push({ countryCode: 'TH', city: `Place ${k}`, title: `Shared project ${k}`, year });
    }
    const graph = buildCollaborationGraph({ firms, asOfYear: 2025 });
    const reqCodes = [...new Set(Array.from({ length: r.int(2, 5) }, () => r.pick(few)))];
    const project: MatchProjectInput = {
      id: `p${i}`,
      countryCode: 'VN',
      sectors: [],
      requirements: reqCodes.map((code, k) => ({ code, weight: r.int(1, 3), mustHave: k < r.int(0, 2) })),
      roles: ['lead', 'solution_provider'].slice(0, r.int(0, 2)),
      teamRules: { minSmeMembers: r.int(0, 2), maxMembers: r.int(2, 5), localPartnerRequired: r.next() < 0.3, leadCountryExperience: r.next() < 0.3 },
      financing: r.next() < 0.25 ? ['kcity_grant'] : [],
    };
    const index = new MatchIndex(codes, firms);
    const h = timed(() => searchConsortia(index, project, { limit: 1, graph }));
    const t0 = process.hrtime.bigint();
    const exact = await solveExactly(index, project, undefined, graph);
    exactMs += Number(process.hrtime.bigint() - t0) / 1e6;
    heuristicMs += h.ms;
    if (exact.feasible && exact.objective > 1e-6) ratios.push(h.value.feasible.length ? h.value.feasible[0].scored.objective / exact.objective : 0);
  }
  const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  return { mean: Math.round(mean * 10000) / 10000, min: Math.round(Math.min(...ratios) * 10000) / 10000, timeRatio: Math.round((exactMs / heuristicMs) * 100) / 100, instances: ratios.length };
}

async function main() {
  const skipHttp = process.argv.includes('--no-http');
  const { codes } = taxonomyCodes();
  const firms = syntheticFirms(10_000);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const index = new MatchIndex(codes, firms);
  gc?.();
  const indexHeapBytes = gc ? process.memoryUsage().heapUsed - before : index.heapBytes();

  const projects = syntheticProjects(1_000);
  for (const p of projects.slice(0, 20)) rankFirms(index, p); // warm-up
  const rank = percentiles(projects.map((p) => timed(() => rankFirms(index, p, { limit: 20 })).ms));

  const graph = syntheticGraph(firms);
  const eight = syntheticProjects(60, 3, 8);
  for (const p of eight.slice(0, 5)) searchConsortia(index, p, { graph });
  const consortium = percentiles(eight.map((p) => timed(() => searchConsortia(index, p, { limit: 5, graph })).ms));
  const askers = firms.slice(0, 60).map((f) => f.id);
  const partners = percentiles(
    eight.map((p, i) => timed(() => suggestPartners(index, p, askers[i], { limit: 20, graph })).ms),
  );

  // The same engine at 100,000 firms: the scale target (index ≤ 0.5 KB per firm).
  const big = engineAt(100_000, codes);

  const opt = await optimality();
  const http = skipHttp ? null : await httpBench();
  const results = {
    rank,
    consortium,
    partners,
    graphEdges: graph.edgeCount,
    optimality: { mean: opt.mean, min: opt.min, timeRatio: opt.timeRatio },
    at100k: big,
    http: http ? { ...http, ratios: ratios(http) } : null,
    indexHeapBytes,
  };
  mkdirSync(resolve(__dirname, '../../bench'), { recursive: true });
  writeFileSync(resolve(__dirname, '../../bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.table({
    'rank 10k firms (ms)': { p50: rank.p50Ms, p95: rank.p95Ms, target: 'p95 ≤ 5' },
    'consortium top 5, 8 reqs (ms)': { p50: consortium.p50Ms, p95: consortium.p95Ms, target: 'p95 ≤ 100' },
    'partner suggestions, 8 reqs (ms)': { p50: partners.p50Ms, p95: partners.p95Ms, target: '—' },
    'rank 100k firms (ms)': { p50: big.rank.p50Ms, p95: big.rank.p95Ms, target: 'p95 ≤ 15' },
    'consortium top 5, 100k firms (ms)': { p50: big.consortium.p50Ms, p95: big.consortium.p95Ms, target: 'p95 ≤ 40' },
  });
  console.log(`index heap for 100,000 firms: ${(big.indexBytesPerFirm / 1024).toFixed(3)} KB per firm (target ≤ 0.5)`);
  if (http) {
    const r = ratios(http);
    const row = (m: RouteLoad, target: string) => ({ p50: m.p50Ms, p95: m.p95Ms, 'req/s': m.rps, 'non-2xx': m.non2xx, target });
    console.table({
      'HTTP matches (ms, 20 conn)': row(http.matches, `p95 ≤ 30, ≤ 2.5× health (${r.matchesP95OverHealth}×)`),
      'HTTP consortium (ms, 20 conn)': row(http.consortium, `p95 ≤ 60, ≤ 4× health (${r.consortiumP95OverHealth}×)`),
      'HTTP consortium, cache miss': row(http.consortiumMiss, `${r.consortiumMissP95OverHealth}× health`),
      'HTTP /auth/me (ms, 20 conn)': row(http.me, `≥ 0.6× live req/s (${r.meRpsOverLive}×)`),
      'HTTP /health (ms, 20 conn)': row(http.health, '—'),
      'HTTP /health/live (ms, 20 conn)': row(http.live, '—'),
    });
  }
  console.table({ optimality: { mean: opt.mean, min: opt.min, 'HiGHS/heuristic time': opt.timeRatio, instances: opt.instances, target: 'mean ≥ 0.98' } });
  console.log(`index heap for 10,000 firms: ${(indexHeapBytes / 1024 / 1024).toFixed(2)} MiB${gc ? '' : ' (estimated; run with --expose-gc to measure)'}`);
  console.log('wrote bench/results.json');
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** Ratios within one run: comparable even when other work loads the machine. */
function ratios(http: Record<'matches' | 'consortium' | 'consortiumMiss' | 'me' | 'health' | 'live', RouteLoad>) {
  return {
    matchesP95OverHealth: ratio(http.matches.p95Ms, http.health.p95Ms),
    consortiumP95OverHealth: ratio(http.consortium.p95Ms, http.health.p95Ms),
    consortiumMissP95OverHealth: ratio(http.consortiumMiss.p95Ms, http.health.p95Ms),
    meRpsOverLive: ratio(http.me.rps, http.live.rps),
  };
}

/** Index heap per firm, rank and consortium latency at `count` firms. */
function engineAt(count: number, codes: string[]) {
  let firms: MatchFirmInput[] | null = syntheticFirms(count, 7);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const index = new MatchIndex(codes, firms);
  firms = null; // the inputs stay referenced by the index; only what the index adds is measured below
  gc?.();
  const indexBytes = gc ? process.memoryUsage().heapUsed - before : index.heapBytes();
  const projects = syntheticProjects(200, 3);
  for (const p of projects.slice(0, 10)) rankFirms(index, p, { limit: 20 });
  const rank = percentiles(projects.map((p) => timed(() => rankFirms(index, p, { limit: 20 })).ms));
  const eight = syntheticProjects(30, 3, 8);
  for (const p of eight.slice(0, 3)) searchConsortia(index, p, { limit: 5 });
  const consortium = percentiles(eight.map((p) => timed(() => searchConsortia(index, p, { limit: 5 })).ms));
  return { firms: count, rank, consortium, indexBytesPerFirm: Math.round(indexBytes / count) };
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
