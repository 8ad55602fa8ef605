import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_TEAM_RULES,
  effectiveTeamRules,
  FINANCING_RULES,
  financiersIn,
  programsIn,
} from './financing-rules';

describe('financing and program rules', () => {
  it('keys the table by the taxonomy financing-source codes and program codes', () => {
    const taxonomy = JSON.parse(
      readFileSync(resolve(__dirname, '../../taxonomy/data/taxonomy.json'), 'utf8'),
    );
    const sources: string[] = taxonomy.financing_sources.map((f: { code: string }) => f.code);
    const financing = FINANCING_RULES.filter((r) => r.kind === 'financing').map((r) => r.key);
    expect([...financing].sort()).toEqual([...sources].sort());
    for (const r of FINANCING_RULES) expect(r.basis.length).toBeGreaterThan(10);
    expect(new Set(FINANCING_RULES.map((r) => r.key)).size).toBe(FINANCING_RULES.length);
    // The README's table documents every row.
    const readme = readFileSync(resolve(__dirname, '../README.md'), 'utf8');
    for (const r of FINANCING_RULES) expect(readme, r.key).toContain(`| \`${r.key}\``);
  });

  it('recognises programs in the names projects list', () => {
    expect(programsIn('K-City Network 2022')).toEqual(['kcity_network']);
    expect(programsIn('KSP (Knowledge Sharing Program)')).toEqual(['ksp']);
    expect(programsIn('EIPP (Economic Innovation Partnership Program)')).toEqual(['eipp']);
    expect(programsIn('EDCF')).toEqual(['edcf']);
    expect(programsIn('ksp')).toEqual(['ksp']);
    expect(programsIn('Red.es National Smart Territories Plan')).toEqual([]);
    expect(programsIn('a kind of plan')).toEqual([]);
    expect(programsIn(null)).toEqual([]);
  });

  it('derives a Korean lead and majority for Korean-financed programs, with foreign firms only in allowed roles', () => {
    const kcity = effectiveTeamRules({
      teamRules: {},
      financing: ['kcity_grant'],
      program: 'K-City Network 2022',
    });
    expect(kcity.rules).toMatchObject({
      koreanLead: true,
      koreanMajority: true,
      foreignRoles: ['local_partner'],
      leadCountryExperience: true,
    });
    expect(kcity.sources.map((s) => s.key)).toEqual(['kcity_grant', 'kcity_network']);
    const edcf = effectiveTeamRules({ teamRules: {}, financing: ['concessional_loan'], program: 'EDCF' });
    expect(edcf.rules.foreignRoles).toEqual(['local_partner', 'construction', 'operation_maintenance']);
    expect(edcf.rules.koreanLead).toBe(true);
    // KOICA recognised from the client too.
    expect(
      effectiveTeamRules({ teamRules: {}, financing: ['oda_grant'], client: 'KOICA / UNDP' }).rules
        .koreanLead,
    ).toBe(true);
  });

  it('leaves generic financing without nationality rules and adds what it implies', () => {
    expect(
      effectiveTeamRules({ teamRules: {}, financing: ['oda_grant', 'mdb', 'host_government'] }).rules,
    ).toEqual(DEFAULT_TEAM_RULES);
    const eu = effectiveTeamRules({ teamRules: {}, financing: ['eu_funds'] });
    expect(eu.rules.localPartnerRequired).toBe(true);
    expect(effectiveTeamRules({ teamRules: {}, financing: ['ppp'] }).roles).toEqual(['financing']);
  });

  it('combines several sources (allowed foreign roles intersect) and lets project values override', () => {
    const both = effectiveTeamRules({ teamRules: {}, financing: ['kind_fund'], program: 'EDCF' });
    expect(both.rules.foreignRoles).toEqual(['local_partner', 'construction', 'operation_maintenance']);
    const own = effectiveTeamRules({
      teamRules: { koreanMajority: false, localPartnerRequired: false, minSmeMembers: 2 },
      financing: ['kcity_grant', 'eu_funds'],
    });
    expect(own.rules).toMatchObject({
      koreanLead: true,
      koreanMajority: false,
      localPartnerRequired: false,
      minSmeMembers: 2,
    });
    expect(own.ownFields.sort()).toEqual(['koreanMajority', 'localPartnerRequired', 'minSmeMembers']);
  });

  it('names the financier of a track record for the collaboration graph', () => {
    expect(financiersIn({ title: 'Konza DMC F/S (EDPF+EDCF) and ~USD 178M EDCF loan' })).toEqual(['edcf']);
    expect(financiersIn({ title: 'IDB-KSP field survey' })).toEqual(['idb', 'ksp']);
    expect(financiersIn({ title: 'City portal (World Bank)', financingSource: 'host_government' })).toEqual([
      'world_bank',
    ]);
    expect(financiersIn({ financingSource: 'kcity_grant' })).toEqual(['kcity_network']);
    expect(financiersIn({ title: 'Smart parking', financingSource: 'ppp' })).toEqual([]);
  });
});
