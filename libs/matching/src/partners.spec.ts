import { describe, expect, it } from 'vitest';
import { CODES, firm, project } from '../test/fixtures';
import { buildCollaborationGraph } from './collaboration-graph';
import { MatchIndex } from './match-index';
import { partnerFeatures, suggestPartners } from './partners';
import { PARTNER_MODEL } from './partner-model';
import { PARTNER_FEATURE_WEIGHTS, PARTNER_FEATURES, type PartnerFeatureWeights } from './weights';
import { explainFit } from './fit';
import { projectContext } from './project-context';

const p = project({
  countryCode: 'ID',
  requirements: [{ code: 'energy.smart_streetlight', weight: 3, mustHave: true }],
  roles: ['lead', 'solution_provider', 'local_partner'],
});

describe('local partner (v2 and baseline alike)', () => {
  it('only a firm based in the project country can take the role, in fit, partner scores and explanations', () => {
    const index = new MatchIndex(CODES, [
      firm({ id: 'lead', size: 'large', roles: ['lead'] }),
      firm({ id: 'kh', homeCountry: 'KH', roles: ['local_partner'] }),
      firm({ id: 'ke', homeCountry: 'KE', roles: ['local_partner'] }),
      firm({ id: 'id', homeCountry: 'ID', roles: [] }),
    ]);
    const byId = new Map(suggestPartners(index, p, 'lead', { asLead: true }).map((s) => [s.firmId, s]));
    expect(byId.get('kh')!.rolesAdded).toEqual([]);
    expect(byId.get('ke')!.rolesAdded).toEqual([]);
    expect(byId.get('id')!.rolesAdded).toEqual(['local_partner']);
    expect(byId.get('id')!.score).toBeGreaterThan(byId.get('kh')!.score);
    const ctx = projectContext(index, p);
    expect(explainFit(index, index.row('kh')!, ctx).matchedRoles).toEqual([]);
    expect(explainFit(index, index.row('id')!, ctx).matchedRoles).toEqual(['local_partner']);
    expect(
      explainFit(index, index.row('id')!, ctx).reasons.some(
        (r) => r.kind === 'roles' && r.en.includes('local_partner'),
      ),
    ).toBe(true);
    expect(
      explainFit(index, index.row('kh')!, ctx).reasons.some(
        (r) => r.kind === 'roles' && r.en.includes('local_partner'),
      ),
    ).toBe(false);
  });
});

describe('partner suggestions with relational evidence (v2)', () => {
  const firms = [
    firm({
      id: 'lh',
      name: 'LH',
      nameKo: '한국토지주택공사',
      size: 'public',
      roles: ['lead'],
      trackRecords: [
        {
          countryCode: 'KW',
          city: 'South Saad Al-Abdullah',
          year: 2017,
          title: 'Smart new town design (Korea Consortium lead)',
        },
      ],
    }),
    firm({
      id: 'partner',
      caps: { 'energy.smart_streetlight': 2 },
      trackRecords: [
        {
          countryCode: 'KW',
          city: 'South Saad Al-Abdullah',
          year: 2017,
          title: 'New-town design (Korea Consortium member)',
        },
      ],
    }),
    firm({ id: 'stranger', caps: { 'energy.smart_streetlight': 2 } }),
    firm({ id: 'friend-of-partner', caps: { 'energy.smart_streetlight': 2 }, corporateGroup: 'g' }),
    firm({
      id: 'group-mate',
      corporateGroup: 'g',
      trackRecords: [
        {
          countryCode: 'KW',
          city: 'South Saad Al-Abdullah',
          year: 2017,
          title: 'Smart new town design support',
        },
      ],
    }),
    firm({ id: 'foreign', homeCountry: 'JP', caps: { 'energy.smart_streetlight': 3 } }),
  ];
  const graph = buildCollaborationGraph({
    firms,
    groups: [{ key: 'g', name: { en: 'G Group', ko: 'G그룹' } }],
    asOfYear: 2025,
  });

  it('ranks a past partner above an equal stranger and cites the shared project', () => {
    const index = new MatchIndex(CODES, firms);
    const list = suggestPartners(index, p, 'lh', { graph, asLead: true, limit: 10 });
    const at = (id: string) => list.findIndex((s) => s.firmId === id);
    expect(at('partner')).toBeLessThan(at('stranger'));
    const partner = list[at('partner')];
    expect(partner.affinity).toBeGreaterThan(0);
    expect(partner.relations[0]).toMatchObject({ kind: 'shared_project', year: 2017 });
    expect(partner.reasons[0]).toMatchObject({
      kind: 'relation',
      en: 'Worked with LH on "Smart new town design", South Saad Al-Abdullah, 2017',
      ko: '한국토지주택공사와(과) 함께 수행: 2017년 South Saad Al-Abdullah "Smart new town design"',
    });
    // Without the graph the two are equal and tie on id.
    const plain = suggestPartners(index, p, 'lh', { asLead: true });
    expect(plain.find((s) => s.firmId === 'partner')!.score).toBe(
      plain.find((s) => s.firmId === 'stranger')!.score,
    );
  });

  it('counts a partner of a partner (triadic closure) and says through whom', () => {
    const index = new MatchIndex(CODES, firms);
    const list = suggestPartners(index, p, 'lh', { graph, asLead: true, limit: 10 });
    const fop = list.find((s) => s.firmId === 'friend-of-partner')!;
    expect(fop.relations).toEqual([]);
    expect(fop.via).toBe('group-mate');
    expect(fop.affinity).toBeGreaterThan(0);
    expect(fop.score).toBeGreaterThan(list.find((s) => s.firmId === 'stranger')!.score);
    expect(fop.reasons[0].en).toMatch(/^Has worked with Firm \d+, a partner of LH$/);
  });

  it('suggests only firms the financing rules let join, and gives the asking firm its own claims', () => {
    const index = new MatchIndex(CODES, firms);
    const korean = { ...p, financing: ['kcity_grant'] };
    expect(suggestPartners(index, korean, 'lh', { graph, limit: 10 }).map((s) => s.firmId)).not.toContain(
      'foreign',
    );
    expect(suggestPartners(index, p, 'lh', { graph, limit: 10 }).map((s) => s.firmId)).toContain('foreign');
    // A firm's bare level 3 is a full claim for its own gaps: nothing to fill.
    const self = new MatchIndex(CODES, [
      firm({ id: 'me', caps: { 'energy.smart_streetlight': 3 } }),
      firm({ id: 'x', caps: { 'energy.smart_streetlight': 3 } }),
    ]);
    expect(suggestPartners(self, p, 'me')[0].fills).toEqual([]);
  });

  it('does not count the lead slot as a gap when the asking firm leads', () => {
    const index = new MatchIndex(CODES, [firm({ id: 'me' }), firm({ id: 'leader', roles: ['lead'] })]);
    expect(suggestPartners(index, p, 'me')[0].rolesAdded).toEqual(['lead']);
    expect(suggestPartners(index, p, 'me', { asLead: true })[0].rolesAdded).toEqual([]);
  });
});

describe('partner features and their points (the fitted v2 model)', () => {
  const q = project({
    countryCode: 'ID',
    requirements: [{ code: 'energy.smart_streetlight', weight: 3, mustHave: true }],
    roles: ['lead', 'solution_provider'],
  });
  const market = () => [
    firm({ id: 'lead', size: 'large', roles: ['lead'], corporateGroup: 'g' }),
    firm({ id: 'sister', size: 'large', roles: ['solution_provider'], corporateGroup: 'g' }),
    firm({ id: 'sole', size: 'sme', roles: ['solution_provider'], caps: { 'energy.smart_streetlight': 2 } }),
    firm({ id: 'plain', size: 'sme', roles: ['solution_provider'] }),
  ];

  it('computes each feature 0–1: the same corporate group, a sole provider of a missing must-have', () => {
    const firms = market();
    const index = new MatchIndex(CODES, firms);
    const graph = buildCollaborationGraph({
      firms,
      groups: [{ key: 'g', name: { en: 'G', ko: 'G' } }],
      asOfYear: 2025,
    });
    const rows = new Map(
      partnerFeatures(index, q, 'lead', { graph, asLead: true }).map((r) => [r.firmId, r.features]),
    );
    const at = (f: string) => PARTNER_FEATURES.indexOf(f as (typeof PARTNER_FEATURES)[number]);
    expect(rows.get('sister')![at('group')]).toBe(1);
    expect(rows.get('sole')![at('group')]).toBe(0);
    expect(rows.get('sole')![at('scarceMustHave')]).toBe(1);
    expect(rows.get('plain')![at('scarceMustHave')]).toBe(0);
    for (const x of rows.values()) for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('scores Σ points × feature, with the shipped points or the ones passed in', () => {
    const firms = market();
    const index = new MatchIndex(CODES, firms);
    const graph = buildCollaborationGraph({ firms, groups: [], asOfYear: 2025 });
    const list = suggestPartners(index, q, 'lead', { graph, asLead: true });
    // The sole provider of the missing must-have comes first under the shipped model (its floor).
    expect(list[0].firmId).toBe('sole');
    const onlyGroup = Object.fromEntries(
      PARTNER_FEATURES.map((f) => [f, f === 'group' ? 50 : 0]),
    ) as PartnerFeatureWeights;
    const byGroup = suggestPartners(index, q, 'lead', { graph, asLead: true, featureWeights: onlyGroup });
    expect(byGroup[0]).toMatchObject({ firmId: 'sister', score: 50 });
    expect(PARTNER_FEATURE_WEIGHTS.v2).toEqual(PARTNER_MODEL.weights);
  });
});
