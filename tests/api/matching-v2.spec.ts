import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { Project } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';
import { registerFirmAdmin, registration } from '../support/factories';

/**
 * Matching v2 through the API: financing rules (Korean lead and majority, foreign roles), the local
 * partner from the host country, per-project overrides, the collaboration graph built from the
 * database (shared past projects, corporate groups, platform consortia) and its explanations.
 */

interface Session {
  token: string;
  firmId: string;
}

let t: TestApp;
let staff: Session;
let madiun: Project;

const STREETLIGHT = 'energy.smart_streetlight';
const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const get = (path: string, s: Session) => t.http.get(path).set(bearer(s));

async function demoLogin(email: string): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { token: res.body.accessToken, firmId: res.body.user.firm?.id ?? null };
}

/** A new firm, verified by staff, with capabilities and track records. */
async function verifiedFirm(
  firm: Record<string, unknown>,
  capabilities: { code: string; level: number }[],
  records: Record<string, unknown>[] = [],
): Promise<Session> {
  const admin = await registerFirmAdmin(t, { firm: { ...registration().firm, ...firm } });
  const s = { token: admin.accessToken, firmId: admin.user.firm.id as string };
  await t.http.put(`/api/firms/${s.firmId}/capabilities`).set(bearer(s)).send({ capabilities }).expect(200);
  for (const r of records)
    await t.http.post(`/api/firms/${s.firmId}/track-records`).set(bearer(s)).send(r).expect(201);
  await t.http
    .post(`/api/firms/${s.firmId}/verification`)
    .set(bearer(staff))
    .send({ decision: 'verified' })
    .expect(200);
  return s;
}

const suggestions = async (projectId: string, query = '') =>
  (await get(`/api/projects/${projectId}/consortium-suggestions${query}`, staff).expect(200)).body;
const detail = async (projectId: string) => (await get(`/api/projects/${projectId}`, staff).expect(200)).body;

beforeAll(async () => {
  t = await createTestApp({}, { beforeInit: (db) => seedDemoData(db) });
  staff = await demoLogin('staff@demo.consortium-match.kr');
  madiun = await t.db.manager.findOneByOrFail(Project, { program: 'K-City Network 2022', city: 'Madiun' });
});
afterAll(() => t?.close());

describe('financing rules and the local partner in suggested teams', () => {
  it('never gives local_partner to a firm based outside the project country, on any project that asks for one', async () => {
    const projects = (await t.db.manager.find(Project, { order: { id: 'ASC' } })).filter(
      (p) => p.requiredRoles.includes('local_partner') || p.localPartnerRequired,
    );
    expect(projects.length).toBeGreaterThan(50);
    let locals = 0;
    for (const p of projects) {
      const { teams } = await suggestions(p.id, '?limit=5');
      for (const team of teams)
        for (const m of team.members.filter((x: any) => x.role === 'local_partner')) {
          expect(m.homeCountry, `${p.title}: ${m.name}`).toBe(p.countryCode.trim());
          locals++;
        }
    }
    expect(locals).toBeGreaterThan(50);
  });

  it('gives every Korean-financed project (K-City, KSP, EDCF, KOICA, KIND…) Korean leads and a Korean majority', async () => {
    const all = await t.db.manager.find(Project, { order: { id: 'ASC' } });
    const korean: Project[] = [];
    for (const p of all.filter(
      (x) =>
        x.financing.includes('kcity_grant') || /ksp|edcf|koica|kind|k-city/i.test(`${x.program} ${x.client}`),
    )) {
      const rules = (await detail(p.id)).requirements.effectiveTeamRules;
      if (rules.koreanLead) korean.push(p);
    }
    expect(korean.length).toBeGreaterThanOrEqual(10);
    let teams = 0;
    for (const p of korean) {
      const body = await suggestions(p.id, '?limit=5');
      for (const team of body.teams.filter((x: any) => x.feasible)) {
        teams++;
        const lead = team.members.find((m: any) => m.isLead);
        expect(lead.homeCountry, p.title).toBe('KR');
        expect(team.members.filter((m: any) => m.homeCountry === 'KR').length * 2).toBeGreaterThanOrEqual(
          team.members.length,
        );
        expect(team.rules.find((r: any) => r.rule === 'korean_lead')).toMatchObject({
          required: true,
          passed: true,
        });
      }
    }
    expect(teams).toBeGreaterThan(20);
  });

  it('shows the rules a project gets from its financing, with their source', async () => {
    const rules = (await detail(madiun.id)).requirements;
    expect(rules.teamRules).toMatchObject({
      koreanLead: null,
      koreanMajority: null,
      foreignRolesAllowed: null,
    });
    expect(rules.effectiveTeamRules).toMatchObject({
      koreanLead: true,
      koreanMajority: true,
      foreignRoles: ['local_partner'],
    });
    expect(rules.effectiveTeamRules.sources.map((s: any) => s.key)).toEqual(
      expect.arrayContaining(['kcity_grant', 'kcity_network']),
    );
    expect(rules.effectiveTeamRules.sources[0]).toMatchObject({
      en: expect.any(String),
      ko: expect.any(String),
    });
  });
});

describe('per-project rule overrides', () => {
  it('an override set by staff changes the suggested teams, and clearing it restores the financing rule', async () => {
    // A host-government project in Singapore: no nationality rule from its financing.
    const [sg] = await t.db.manager.find(Project, { where: { countryCode: 'SG' }, order: { id: 'ASC' } });
    const before = await suggestions(sg.id);
    expect(before.teams.length).toBeGreaterThan(0);
    const foreignSeats = before.teams
      .flatMap((x: any) => x.members)
      .filter((m: any) => m.homeCountry !== 'KR');
    expect(foreignSeats.length).toBeGreaterThan(0);
    // Rules that come with Korean financing are listed only where they apply.
    expect(before.teams[0].rules.map((r: any) => r.rule)).not.toContain('korean_lead');

    let version = (await detail(sg.id)).version;
    const patched = await t.http
      .patch(`/api/projects/${sg.id}`)
      .set(bearer(staff))
      .send({
        version,
        requirements: { teamRules: { koreanLead: true, foreignRolesAllowed: ['local_partner'] } },
      })
      .expect(200);
    expect(patched.body.requirements.teamRules).toMatchObject({
      koreanLead: true,
      koreanMajority: null,
      foreignRolesAllowed: ['local_partner'],
    });
    expect(patched.body.requirements.effectiveTeamRules).toMatchObject({
      koreanLead: true,
      foreignRoles: ['local_partner'],
      ownFields: expect.arrayContaining(['koreanLead', 'foreignRoles']),
    });
    const after = await suggestions(sg.id);
    expect(after.teams.length).toBeGreaterThan(0);
    for (const team of after.teams) {
      expect(team.members.find((m: any) => m.isLead).homeCountry).toBe('KR');
      for (const m of team.members.filter((x: any) => x.homeCountry !== 'KR')) {
        expect(m.role).toBe('local_partner');
        expect(m.homeCountry).toBe('SG');
      }
      expect(team.rules.find((r: any) => r.rule === 'korean_lead')).toMatchObject({ required: true });
    }

    version = patched.body.version;
    const cleared = await t.http
      .patch(`/api/projects/${sg.id}`)
      .set(bearer(staff))
      .send({ version, requirements: { teamRules: { koreanLead: null, foreignRolesAllowed: null } } })
      .expect(200);
    expect(cleared.body.requirements.effectiveTeamRules).toMatchObject({
      koreanLead: false,
      foreignRoles: null,
    });
    expect((await suggestions(sg.id)).teams.map((x: any) => x.members)).toEqual(
      before.teams.map((x: any) => x.members),
    );
  });

  it('an override lifts a financing rule: a K-City project without the Korean-lead rule', async () => {
    const version = (await detail(madiun.id)).version;
    const res = await t.http
      .patch(`/api/projects/${madiun.id}`)
      .set(bearer(staff))
      .send({ version, requirements: { teamRules: { koreanLead: false, koreanMajority: false } } })
      .expect(200);
    expect(res.body.requirements.effectiveTeamRules).toMatchObject({
      koreanLead: false,
      koreanMajority: false,
    });
    const body = await suggestions(madiun.id);
    expect(body.teams.length).toBeGreaterThan(0);
    for (const team of body.teams) {
      const rules = team.rules.map((r: any) => r.rule);
      expect(rules).not.toContain('korean_lead');
      expect(rules).not.toContain('korean_majority');
      expect(rules).toContain('foreign_roles');
    }
    await t.http
      .patch(`/api/projects/${madiun.id}`)
      .set(bearer(staff))
      .send({
        version: res.body.version,
        requirements: { teamRules: { koreanLead: null, koreanMajority: null } },
      })
      .expect(200);
  });

  it('refuses bad overrides field by field', async () => {
    const version = (await detail(madiun.id)).version;
    for (const [teamRules, field] of [
      [{ koreanLead: 'yes' }, 'requirements.teamRules.koreanLead'],
      [{ koreanMajority: 1 }, 'requirements.teamRules.koreanMajority'],
      [{ foreignRolesAllowed: 'local_partner' }, 'requirements.teamRules.foreignRolesAllowed'],
      [{ foreignRolesAllowed: ['no_such_role'] }, 'requirements.teamRules.foreignRolesAllowed[0]'],
      [
        { foreignRolesAllowed: ['local_partner', 'local_partner'] },
        'requirements.teamRules.foreignRolesAllowed',
      ],
    ] as const) {
      const res = await t.http
        .patch(`/api/projects/${madiun.id}`)
        .set(bearer(staff))
        .send({ version, requirements: { teamRules } })
        .expect(400);
      expect(res.body.details.map((d: any) => d.field)).toContain(field);
    }
    const firm = await demoLogin('large@demo.consortium-match.kr');
    await t.http
      .patch(`/api/projects/${madiun.id}`)
      .set(bearer(firm))
      .send({ version, requirements: { teamRules: { koreanLead: false } } })
      .expect(403);
    expect((await detail(madiun.id)).version).toBe(version);
  });
});

describe('the collaboration graph from the database', () => {
  it('explains a partner by the past project both firms list, and the team preview cites it', async () => {
    const record = {
      countryCode: 'ID',
      city: 'Surabaya',
      projectTitle: 'Surabaya smart street lighting pilot',
      year: 2021,
    };
    const korean = await verifiedFirm(
      { homeCountry: 'KR', size: 'large', name: 'Hanbit Engineering' },
      [{ code: 'data.iot_network', level: 2 }],
      [record],
    );
    const local = await verifiedFirm(
      { homeCountry: 'ID', size: 'sme', name: 'Surya Lampu Cerdas' },
      [{ code: STREETLIGHT, level: 2 }],
      [{ ...record, projectTitle: 'Smart street lighting pilot (Surabaya), local installer' }],
    );
    await t.http
      .patch(`/api/firms/${local.firmId}`)
      .set(bearer(local))
      .send({ roles: ['local_partner', 'construction'] })
      .expect(200);

    const res = await get(
      `/api/firms/${korean.firmId}/partner-suggestions?projectId=${madiun.id}&limit=50`,
      korean,
    ).expect(200);
    const partner = res.body.items.find((i: any) => i.firm.id === local.firmId);
    expect(partner).toBeDefined();
    expect(partner.affinity).toBeGreaterThan(0);
    expect(partner.relations[0]).toMatchObject({ kind: 'shared_project', year: 2021, countryCode: 'ID' });
    expect(partner.reasons[0]).toMatchObject({
      kind: 'relation',
      en: expect.stringMatching(/Worked with Hanbit Engineering on .*2021/),
      ko: expect.stringContaining('2021'),
    });
    // The tie lifts it above where the same firm without the shared record would stand.
    const rank = res.body.items.indexOf(partner);
    expect(rank).toBeLessThan(10);

    const preview = await t.http
      .post('/api/matching/team-preview')
      .set(bearer(korean))
      .send({
        projectId: madiun.id,
        members: [
          { firmId: korean.firmId, role: 'lead' },
          { firmId: local.firmId, role: 'local_partner' },
        ],
      })
      .expect(200);
    expect(preview.body.relations).toHaveLength(1);
    expect(preview.body.relations[0]).toMatchObject({
      firmIds: expect.arrayContaining([korean.firmId, local.firmId]),
      relation: { kind: 'shared_project', year: 2021 },
      text: { en: expect.stringContaining('2021'), ko: expect.any(String) },
    });
    expect(preview.body.affinity).toBeGreaterThan(0);
  });

  it('relates firms of one corporate group once a firm sets it, and the field round-trips', async () => {
    const a = await verifiedFirm({ homeCountry: 'KR', size: 'large', name: 'Daehan Construction' }, [
      { code: 'planning.master_plan', level: 2 },
    ]);
    const b = await verifiedFirm({ homeCountry: 'KR', size: 'mid', name: 'Daehan ICT' }, [
      { code: 'data.iot_network', level: 2 },
    ]);
    const team = {
      projectId: madiun.id,
      members: [{ firmId: a.firmId, role: 'lead' }, { firmId: b.firmId }],
    };
    const before = await t.http.post('/api/matching/team-preview').set(bearer(a)).send(team).expect(200);
    expect(before.body.relations).toEqual([]);

    const saved = await t.http
      .patch(`/api/firms/${a.firmId}`)
      .set(bearer(a))
      .send({ corporateGroup: '  Daehan Group ' })
      .expect(200);
    expect(saved.body.corporateGroup).toBe('Daehan Group');
    expect((await get(`/api/firms/${a.firmId}`, a).expect(200)).body.corporateGroup).toBe('Daehan Group');
    await t.http
      .patch(`/api/firms/${b.firmId}`)
      .set(bearer(b))
      .send({ corporateGroup: 'daehan group' })
      .expect(200);

    const after = await t.http.post('/api/matching/team-preview').set(bearer(a)).send(team).expect(200);
    expect(after.body.relations[0]).toMatchObject({
      relation: { kind: 'corporate_group' },
      text: { en: expect.stringContaining('Daehan Group') },
    });

    // Empty clears it; too long or the wrong type is refused naming the field.
    const cleared = await t.http
      .patch(`/api/firms/${b.firmId}`)
      .set(bearer(b))
      .send({ corporateGroup: '' })
      .expect(200);
    expect(cleared.body.corporateGroup).toBeNull();
    for (const corporateGroup of ['x'.repeat(101), 42, ['Samsung']]) {
      const bad = await t.http
        .patch(`/api/firms/${b.firmId}`)
        .set(bearer(b))
        .send({ corporateGroup })
        .expect(400);
      expect(bad.body.details.map((d: any) => d.field)).toContain('corporateGroup');
    }
    const none = await t.http.post('/api/matching/team-preview').set(bearer(a)).send(team).expect(200);
    expect(none.body.relations).toEqual([]);
  });

  it('relates the members of a platform consortium once the invitation is accepted (rebuilt from the database)', async () => {
    const lead = await verifiedFirm({ homeCountry: 'KR', size: 'large', name: 'Gaon Smart Works' }, [
      { code: 'data.iot_network', level: 2 },
    ]);
    const partner = await verifiedFirm({ homeCountry: 'KR', size: 'sme', name: 'Nuri Lighting' }, [
      { code: STREETLIGHT, level: 2 },
    ]);
    const team = {
      projectId: madiun.id,
      members: [{ firmId: lead.firmId, role: 'lead' }, { firmId: partner.firmId }],
    };
    const preview = async () =>
      (await t.http.post('/api/matching/team-preview').set(bearer(lead)).send(team).expect(200)).body;

    const created = await t.http
      .post('/api/consortia')
      .set(bearer(lead))
      .send({ projectId: madiun.id, members: [{ firmId: partner.firmId, role: 'solution_provider' }] })
      .expect(201);
    // Invited, not yet accepted: no tie.
    expect((await preview()).relations).toEqual([]);
    const seat = created.body.members.find((m: any) => m.firm.id === partner.firmId);
    await t.http
      .post(`/api/consortia/${created.body.id}/invitations/${seat.id}/accept`)
      .set(bearer(partner))
      .expect(200);

    const after = await preview();
    expect(after.relations[0]).toMatchObject({
      relation: { kind: 'platform_consortium', countryCode: 'ID' },
      text: {
        en: expect.stringContaining('teamed up on the platform'),
        ko: expect.stringContaining('플랫폼'),
      },
    });
  });

  it('fills the corporate group of the real demo firms from corporate-groups.json', async () => {
    const ntt = await t.db.manager.findOneByOrFail(Firm, { sourceRef: 'ntt-data' });
    expect(ntt.corporateGroup).toBe('NTT Group');
    const samples = await t.db.manager.countBy(Firm, { isSample: true });
    const grouped = await t.db.manager
      .createQueryBuilder(Firm, 'f')
      .where('f.corporate_group IS NOT NULL AND f.is_sample = false')
      .getCount();
    expect(samples).toBeGreaterThan(0);
    expect(grouped).toBeGreaterThanOrEqual(20);
  });
});
