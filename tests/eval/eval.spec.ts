import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCollaborationGraph } from '@app/matching';
import { blind, loadEvalData, type EvalData } from './cases';
import { AS_OF_YEAR } from './evaluation';
import { runEvaluation, type EvalResult } from './evaluation';

const floor = JSON.parse(readFileSync(resolve(__dirname, 'floor.json'), 'utf8'));

let data: EvalData;
let result: EvalResult;

beforeAll(() => {
  data = loadEvalData();
  result = runEvaluation({ data });
}, 300_000);

describe('blind evaluation of the matching engine (libs/matching/README.md)', () => {
  it('finds every past project two or more real firms share, and blinds each one', () => {
    expect(result.cases).toBe(data.cases.length);
    expect(result.cases).toBeGreaterThanOrEqual(30);
    for (const c of data.cases) {
      expect(c.partners.length).toBeGreaterThan(0);
      expect(c.partners).not.toContain(c.lead);
      // Requirements come from the project's text, never from the members' capabilities.
      expect(c.project.teamRules).toEqual({});
    }
  });

  it('leaves no tie from the held-out project: only public facts (corporate groups) may link lead and partners', () => {
    for (const c of data.cases) {
      const graph = buildCollaborationGraph({
        firms: blind(data.real, c),
        groups: data.groups,
        asOfYear: AS_OF_YEAR,
      });
      for (const partner of c.partners)
        for (const r of graph.relations(c.lead, partner)) {
          expect(r.kind, `${c.id}: ${c.lead}–${partner}`).not.toBe('shared_project');
          if (r.kind !== 'corporate_group') expect(r.title ?? '').not.toBe(c.titles[0]);
        }
    }
  });

  it('reports the cross-validated figures (weights fitted without the case)', () => {
    expect(result.protocol).toBe('leave-one-case-out');
  });

  it('stays at or above the committed floor, with and without the sample firms', () => {
    for (const set of ['withSamples', 'withoutSamples'] as const)
      for (const [metric, min] of Object.entries(floor[set] as Record<string, number>))
        expect(
          result[set][metric as keyof EvalResult['withSamples']],
          `${set}.${metric}`,
        ).toBeGreaterThanOrEqual(min);
  });

  it('beats the capability-only, most-popular and random baselines measured in the same run', () => {
    for (const set of ['withSamples', 'withoutSamples'] as const) {
      for (const baseline of ['capabilityOnly', 'popular', 'random'] as const) {
        expect(result[set].recallAt5).toBeGreaterThan(result.baselines[baseline][set].recallAt5);
        expect(result[set].mrr).toBeGreaterThan(result.baselines[baseline][set].mrr);
      }
    }
  });

  it('keeps newcomers: SMEs in teams where the rules ask for one, and an SME that alone covers a must-have', () => {
    const n = result.newcomers;
    expect(n.smeRuleTeams).toBeGreaterThan(0);
    expect(n.smeTeamShare).toBeGreaterThanOrEqual(floor.newcomers.smeTeamShare);
    expect(n.probe.probes).toBeGreaterThan(100);
    expect(n.probe.top5Share).toBeGreaterThanOrEqual(floor.newcomers.probeTop5Share);
    expect(n.probe.inTeamsShare).toBeGreaterThanOrEqual(floor.newcomers.probeInTeamsShare);
  });
});
