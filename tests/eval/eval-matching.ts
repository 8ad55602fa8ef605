import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEvalData } from './cases';
import { AS_OF_YEAR, runEvaluation, taxonomyCodes, type CaseDetail, type Metrics } from './evaluation';
import { choiceSets, FIT, fitWeights } from './fit';

/**
 * `npm run eval:matching`: the blind evaluation of libs/matching/README.md on the real demo data.
 * Prints the table and writes bench/eval.json. `--cases` also prints every case and its top 5.
 * `--fit` also fits the v2 partner weights on every case and writes libs/matching/src/partner-model.ts
 * (the figures reported are always the leave-one-case-out ones, never the in-sample fit).
 */
function main() {
  const started = Date.now();
  const data = loadEvalData();
  const details: CaseDetail[] | undefined = process.argv.includes('--cases') ? [] : undefined;
  const sets = choiceSets(data, taxonomyCodes(), AS_OF_YEAR);
  // --fit: the weights to ship, fitted on every case (the newcomer checks use them; the recall
  // figures never do: each case is scored with weights fitted without it).
  const fit = process.argv.includes('--fit') ? fitWeights(sets) : null;
  const result = runEvaluation({ data, details, sets, shipped: fit?.weights });
  const row = (m: Metrics) => ({
    'recall@5': m.recallAt5,
    'recall@10': m.recallAt10,
    MRR: m.mrr,
    'team recall': m.teamRecall,
  });
  console.log(
    `${result.cases} cases (past projects shared by 2+ real firms), blinded one at a time; v2 partner weights ${result.protocol}\n`,
  );
  console.table({
    'v2, with samples': row(result.withSamples),
    'capability-only, with samples': row(result.baselines.capabilityOnly.withSamples),
    'most popular, with samples': row(result.baselines.popular.withSamples),
    'random, with samples': row(result.baselines.random.withSamples),
    'v2, without samples': row(result.withoutSamples),
    'capability-only, without samples': row(result.baselines.capabilityOnly.withoutSamples),
    'most popular, without samples': row(result.baselines.popular.withoutSamples),
    'random, without samples': row(result.baselines.random.withoutSamples),
  });
  const n = result.newcomers;
  console.table({
    'teams with ≥1 SME where the rules ask for one': {
      value: n.smeTeamShare,
      detail: `${n.smeRuleTeams} teams, ${n.smeRuleProjects} projects`,
      goal: '≥ 0.9',
    },
    'newcomer SME alone covering a must-have: median partner rank': {
      value: n.probe.medianRank,
      detail: `${n.probe.probes} probes; top 5: ${n.probe.top5Share}, top 10: ${n.probe.top10Share}`,
      goal: '',
    },
    'newcomer SME in every suggested team': { value: n.probe.inTeamsShare, detail: '', goal: '' },
  });
  const ratio =
    result.withSamples.recallAt5 / Math.max(1e-9, result.baselines.capabilityOnly.withSamples.recallAt5);
  console.log(
    `recall@5 with samples: ${result.withSamples.recallAt5} (target ≥ 0.6), ${ratio.toFixed(2)}× capability-only (target ≥ 2×)`,
  );
  if (details) {
    for (const c of data.cases) {
      console.log(`\n${c.id} — lead ${c.lead} (${c.leadRule}); partners ${c.partners.join(', ')}`);
      console.log(`  ${c.titles.join(' | ')}${c.listedProjectId ? ` [listed: ${c.listedProjectId}]` : ''}`);
      console.log(
        `  requirements ${c.project.requirements.map((r) => `${r.code}${r.mustHave ? '!' : ''}`).join(' ') || '—'}; roles ${c.project.roles.join(' ')}; financing ${c.project.financing?.join(' ') || '—'}; program ${c.project.program ?? '—'}`,
      );
      for (const d of details.filter(
        (x) => x.id === c.id && (x.method === 'v2' || x.method === 'capabilityOnly'),
      ))
        console.log(
          `  ${d.method}${d.samples ? ' +samples' : ''}: first hit ${d.firstHit ?? '—'}; top5 ${d.top5.join(', ')}; teams ${d.teamMembers.join(', ')}`,
        );
    }
  }
  if (fit) {
    const file = resolve(__dirname, '../../libs/matching/src/partner-model.ts');
    const model = {
      fittedOn: `${result.cases} blind cases × with/without the sample firms (tests/eval, npm run eval:matching -- --fit)`,
      method: `conditional logit, non-negative weights, L2 ${FIT.l2}, Adam ${FIT.iterations} iterations; points sum to ${FIT.points}`,
      meanNegativeLogLikelihood: Math.round(fit.loss * 1000) / 1000,
      crossValidated: { withSamples: result.withSamples, withoutSamples: result.withoutSamples },
      weights: fit.weights,
    };
    writeFileSync(
      file,
      `/**\n * The fitted v2 partner model: points per feature (weights.ts \`PARTNER_FEATURES\`). Written by\n * \`npm run eval:matching -- --fit\` (tests/eval/fit.ts); do not edit by hand. \`crossValidated\` are the\n * leave-one-case-out figures of the run that fitted it.\n */\nexport const PARTNER_MODEL = ${JSON.stringify(model, null, 2)};\n`,
    );
    console.log(`\nfitted weights written to libs/matching/src/partner-model.ts:`, fit.weights);
  }
  mkdirSync(resolve(__dirname, '../../bench'), { recursive: true });
  writeFileSync(resolve(__dirname, '../../bench/eval.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote bench/eval.json (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main();
