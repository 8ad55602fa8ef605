import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { Project, ProjectRequirement } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin, registration } from '../support/factories';

interface Session {
  token: string;
  firmId: string;
}

let t: TestApp;
let madiun: Project;
let large: Session; // LG CNS admin
let sme: Session; // DSPOne admin
let staff: Session;

const STREETLIGHT = 'energy.smart_streetlight';
const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const get = (path: string, s: Session) => t.http.get(path).set(bearer(s));

async function demoLogin(email: string): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { token: res.body.accessToken, firmId: res.body.user.firm?.id ?? null };
}

/** A new pending firm (admin signed in) with the given firm fields. */
async function pendingFirm(firm: Record<string, unknown> = {}): Promise<Session> {
  const admin = await registerFirmAdmin(t, { firm: { ...registration().firm, ...firm } });
  return { token: admin.accessToken, firmId: admin.user.firm.id };
}

const verifiedIds = async () =>
  new Set((await t.db.manager.findBy(Firm, { verificationStatus: 'verified' })).map((f) => f.id));
const scores = (items: { score: number }[]) => items.map((i) => i.score);
const descending = (list: number[]) => list.every((s, i) => i === 0 || list[i - 1] >= s);
const covers = (item: any, code: string) =>
  item.requirements.find((r: any) => r.code === code).covered as boolean;

// Demo data loads before the app initialises, as in main.ts, so the index loads it at bootstrap.
beforeAll(async () => {
  t = await createTestApp({}, { beforeInit: (db) => seedDemoData(db) });
  madiun = await t.db.manager.findOneByOrFail(Project, { program: 'K-City Network 2022', city: 'Madiun' });
  large = await demoLogin('large@demo.consortium-match.kr');
  sme = await demoLogin('sme@demo.consortium-match.kr');
  staff = await demoLogin('staff@demo.consortium-match.kr');
});
afterAll(() => t?.close());

describe('GET /api/projects/:id/matches', () => {
  it('ranks verified firms, firms with the must-have smart streetlight first, each with its full breakdown', async () => {
    const res = await get(`/api/projects/${madiun.id}/matches?limit=50`, sme).expect(200);
    const { items, candidates, project } = res.body;
    const verified = await verifiedIds();
    expect(project).toMatchObject({
      id: madiun.id,
      countryCode: 'ID',
      city: 'Madiun',
      program: 'K-City Network 2022',
      status: 'announced',
    });
    expect(candidates).toBe(verified.size);
    expect(items).toHaveLength(50);
    expect(descending(scores(items))).toBe(true);
    expect(items.every((i: any) => verified.has(i.firm.id))).toBe(true);

    // The must-have carries 15 points plus 3/7 of the capability points: the top ten all have it.
    expect(items.slice(0, 10).every((i: any) => covers(i, STREETLIGHT))).toBe(true);
    const firstWithout = items.findIndex((i: any) => !covers(i, STREETLIGHT));
    expect(firstWithout).toBeGreaterThan(9);
    for (const i of items) expect(i.parts.mustHaves).toBe(covers(i, STREETLIGHT) ? 15 : 0);

    const top = items[0];
    expect(top.firm).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      nameKo: expect.anything(),
      size: expect.any(String),
      homeCountry: expect.stringMatching(/^[A-Z]{2}$/),
      isSample: expect.any(Boolean),
    });
    expect(top.requirements.map((r: any) => r.code)).toEqual([
      STREETLIGHT,
      'data.iot_network',
      'energy.building_management',
      'transport.its',
    ]);
    expect(top.requirements[0]).toMatchObject({ weight: 3, mustHave: true, covered: true, maxPoints: 21.4 });
    const partsSum = Object.values(top.parts as Record<string, number>).reduce((s, v) => s + v, 0);
    expect(Math.abs(partsSum - top.score)).toBeLessThan(0.35);
    const pointsSum = top.requirements.reduce((s: number, r: any) => s + r.points, 0);
    expect(Math.abs(pointsSum - top.parts.capabilities)).toBeLessThan(0.35);
    expect(top.reasons[0]).toMatchObject({
      kind: 'capabilities',
      en: expect.stringContaining('including the must-have'),
      ko: expect.stringContaining('필수'),
    });
    expect(items.some((i: any) => i.firm.isSample) && items.some((i: any) => !i.firm.isSample)).toBe(true);
  });

  it('filters by firm size (one or many) and home country', async () => {
    const small = await get(`/api/projects/${madiun.id}/matches?size=sme&size=startup&limit=50`, sme).expect(
      200,
    );
    expect(small.body.items.length).toBeGreaterThan(0);
    expect(small.body.items.every((i: any) => ['sme', 'startup'].includes(i.firm.size))).toBe(true);
    const largeOnly = await get(`/api/projects/${madiun.id}/matches?size=large`, sme).expect(200);
    expect(largeOnly.body.items.every((i: any) => i.firm.size === 'large')).toBe(true);

    const local = await get(`/api/projects/${madiun.id}/matches?country=id&limit=50`, sme).expect(200);
    const inIndonesia = await t.db.manager.countBy(Firm, {
      verificationStatus: 'verified',
      homeCountry: 'ID',
    });
    expect(local.body.candidates).toBe(inIndonesia);
    expect(local.body.items).toHaveLength(Math.min(50, inIndonesia));
    expect(
      local.body.items.every((i: any) => i.firm.homeCountry === 'ID' && i.experience?.kind === 'home'),
    ).toBe(true);
  });

  it('answers 400 for bad parameters, 404 for an unknown project and 401 anonymously', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=51', 'limit'],
      ['limit=many', 'limit'],
      ['size=giant', 'size'],
      ['country=IDN', 'country'],
    ]) {
      const res = await get(`/api/projects/${madiun.id}/matches?${query}`, sme).expect(400);
      expect(res.body.details.map((d: any) => d.field)).toContain(field);
    }
    await get('/api/projects/not-a-uuid/matches', sme).expect(400);
    const missing = await get(`/api/projects/${randomUUID()}/matches`, sme).expect(404);
    expect(missing.body.message).toBe('Project not found');
    await t.http.get(`/api/projects/${madiun.id}/matches`).expect(401);
  });
});

describe('GET /api/firms/:id/project-matches', () => {
  it("ranks open and announced projects for the firm's own users and for staff", async () => {
    const res = await get(`/api/firms/${large.firmId}/project-matches?limit=50`, large).expect(200);
    expect(res.body).toMatchObject({ firmId: large.firmId, note: null });
    const { items } = res.body;
    expect(items).toHaveLength(50);
    expect(descending(scores(items))).toBe(true);
    expect(items.every((i: any) => ['open', 'announced'].includes(i.project.status))).toBe(true);
    const stored = await t.db.manager.findOneByOrFail(Project, { id: items[0].project.id });
    expect(items[0].project).toEqual({
      id: stored.id,
      title: stored.title,
      titleKo: stored.titleKo,
      countryCode: stored.countryCode,
      city: stored.city,
      program: stored.program,
      status: stored.status,
    });
    expect(items[0]).toHaveProperty('parts.capabilities');
    expect(items[0].reasons.length).toBeGreaterThan(0);

    const email = `member-${randomUUID().slice(0, 8)}@example.kr`;
    await createUserAccount(t.db, {
      email,
      password: PASSWORD,
      name: 'Lee Jun',
      role: 'firm_member',
      firmId: large.firmId,
    });
    const login = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    const member = { token: login.body.accessToken, firmId: large.firmId };
    const asMember = await get(`/api/firms/${large.firmId}/project-matches?limit=3`, member).expect(200);
    expect(asMember.body.items).toEqual(items.slice(0, 3));
    await get(`/api/firms/${large.firmId}/project-matches?limit=3`, staff).expect(200);
  });

  it('gives a pending firm an empty list with a note instead of an error', async () => {
    const pending = await pendingFirm();
    const res = await get(`/api/firms/${pending.firmId}/project-matches`, pending).expect(200);
    expect(res.body).toEqual({
      firmId: pending.firmId,
      items: [],
      note: { code: 'firm_not_verified', en: expect.any(String), ko: expect.any(String) },
    });
  });

  it("answers 403 for another firm's matches, 404 for an unknown firm, 400 for bad input and 401 anonymously", async () => {
    const denied = await get(`/api/firms/${large.firmId}/project-matches`, sme).expect(403);
    expect(denied.body.message).toMatch(/your own firm/);
    await get(`/api/firms/${randomUUID()}/project-matches`, staff).expect(404);
    await get('/api/firms/123/project-matches', staff).expect(400);
    const bad = await get(`/api/firms/${large.firmId}/project-matches?limit=0`, large).expect(400);
    expect(bad.body.details[0].field).toBe('limit');
    await t.http.get(`/api/firms/${large.firmId}/project-matches`).expect(401);
  });
});

describe('GET /api/firms/:id/partner-suggestions', () => {
  it('suggests complementary verified firms for LG CNS, never itself, best first', async () => {
    const res = await get(
      `/api/firms/${large.firmId}/partner-suggestions?projectId=${madiun.id}&limit=20`,
      large,
    ).expect(200);
    const { items } = res.body;
    const verified = await verifiedIds();
    expect(res.body).toMatchObject({ firmId: large.firmId, project: { id: madiun.id }, note: null });
    expect(items).toHaveLength(20);
    expect(items.map((i: any) => i.firm.id)).not.toContain(large.firmId);
    expect(items.every((i: any) => verified.has(i.firm.id))).toBe(true);
    expect(descending(scores(items))).toBe(true);
    // LG CNS has no streetlight capability: the best partners fill that must-have gap.
    expect(items.slice(0, 5).flatMap((i: any) => i.fills)).toContainEqual({
      code: STREETLIGHT,
      gap: 1,
      strength: expect.any(Number),
      mustHave: true,
    });
    // v2 (fitted partner model): the large-firm + SME pairing is a feature of the score, not always a boost.
    expect(items.flatMap((i: any) => i.reasons)).toContainEqual({
      kind: 'gap',
      en: expect.stringContaining('Fills your gap'),
      ko: expect.any(String),
    });

    const forStaff = await get(
      `/api/firms/${large.firmId}/partner-suggestions?projectId=${madiun.id}&limit=20`,
      staff,
    ).expect(200);
    expect(forStaff.body.items).toEqual(items);
  });

  it('requires a valid projectId, only for your own firm, and a signed-in user', async () => {
    const base = `/api/firms/${large.firmId}/partner-suggestions`;
    const missing = await get(base, large).expect(400);
    expect(missing.body.details[0].field).toBe('projectId');
    const invalid = await get(`${base}?projectId=nope`, large).expect(400);
    expect(invalid.body.details[0]).toEqual({ field: 'projectId', message: 'projectId must be a UUID' });
    await get(`${base}?projectId=${madiun.id}&limit=51`, large).expect(400);
    await get(`${base}?projectId=${randomUUID()}`, large).expect(404);
    await get(`${base}?projectId=${madiun.id}`, sme).expect(403);
    await get(`/api/firms/${randomUUID()}/partner-suggestions?projectId=${madiun.id}`, staff).expect(404);
    await t.http.get(`${base}?projectId=${madiun.id}`).expect(401);
  });
});

describe('GET /api/projects/:id/consortium-suggestions', () => {
  const url = (query = '') => `/api/projects/${madiun.id}/consortium-suggestions${query}`;
  const memberSet = (team: any) =>
    team.members
      .map((m: any) => m.firmId)
      .sort()
      .join(',');

  it('suggests different teams of verified firms that satisfy every team rule of the project', async () => {
    const res = await get(url(), staff).expect(200);
    const { feasible, teams, blockers } = res.body;
    expect(res.body.projectId).toBe(madiun.id);
    expect(feasible).toBe(true);
    expect(blockers).toEqual([]);
    expect(teams.length).toBeGreaterThanOrEqual(2);
    expect(teams.length).toBeLessThanOrEqual(5);
    expect(new Set(teams.map(memberSet)).size).toBe(teams.length);

    const verified = await verifiedIds();
    const requirements = await t.db.manager.countBy(ProjectRequirement, { projectId: madiun.id });
    for (const team of teams) {
      expect(team.feasible).toBe(true);
      expect(team.rules.map((r: any) => r.rule)).toEqual([
        'must_haves',
        'min_sme',
        'max_members',
        'local_partner',
        'lead_country_experience',
        'korean_lead',
        'korean_majority',
        'foreign_roles',
      ]);
      expect(team.rules.every((r: any) => r.passed && r.detail.en && r.detail.ko)).toBe(true);
      // K-City Network: a Korean lead and a Korean majority; firms from elsewhere only as local partner.
      expect(team.rules.find((r: any) => r.rule === 'korean_lead').required).toBe(true);
      expect(team.members.find((m: any) => m.isLead).homeCountry).toBe('KR');
      expect(team.members.filter((m: any) => m.homeCountry === 'KR').length * 2).toBeGreaterThanOrEqual(
        team.members.length,
      );
      for (const m of team.members.filter((x: any) => x.homeCountry !== 'KR'))
        expect(m.role).toBe('local_partner');
      for (const m of team.members.filter((x: any) => x.role === 'local_partner'))
        expect(m.homeCountry).toBe('ID');
      expect(team.alternative).toMatchObject({
        labels: expect.any(Array),
        summary: { en: expect.any(String) },
      });
      // Madiun: at most 4 members, at least one SME, a partner based in Indonesia.
      expect(team.members.length).toBeLessThanOrEqual(madiun.maxMembers!);
      expect(team.members.some((m: any) => ['sme', 'startup'].includes(m.size))).toBe(true);
      expect(team.members.some((m: any) => m.homeCountry === 'ID')).toBe(true);
      expect(team.members.filter((m: any) => m.isLead)).toHaveLength(1);
      expect(team.members.every((m: any) => verified.has(m.firmId) && typeof m.isSample === 'boolean')).toBe(
        true,
      );
      expect(team.coverage).toHaveLength(requirements);
      expect(team.coverage.every((row: any) => row.cells.length === team.members.length)).toBe(true);
      expect(team.coverage.find((row: any) => row.code === STREETLIGHT).best).toBeGreaterThan(0);
    }
    const limited = await get(url('?limit=2'), staff).expect(200);
    expect(limited.body.teams).toHaveLength(2);
  });

  it('keeps the firm as lead when asked, and leaves excluded firms out', async () => {
    const led = await get(url(`?leadFirmId=${large.firmId}`), large).expect(200);
    expect(led.body.teams.length).toBeGreaterThan(0);
    for (const team of led.body.teams)
      expect(team.members.find((m: any) => m.isLead).firmId).toBe(large.firmId);

    const first = (await get(url(), staff).expect(200)).body.teams[0];
    const excluded = first.members.map((m: any) => m.firmId);
    const without = await get(
      url(`?${excluded.map((id: string) => `exclude=${id}`).join('&')}`),
      staff,
    ).expect(200);
    expect(without.body.teams.length).toBeGreaterThan(0);
    for (const team of without.body.teams)
      for (const m of team.members) expect(excluded).not.toContain(m.firmId);
    const one = await get(url(`?exclude=${excluded[0]}`), staff).expect(200);
    for (const team of one.body.teams) expect(memberSet(team)).not.toContain(excluded[0]);
  });

  it('names the blocking rule when no team can satisfy it', async () => {
    const locals = await t.db.manager.findBy(Firm, { verificationStatus: 'verified', homeCountry: 'ID' });
    expect(locals.length).toBeGreaterThan(0);
    const res = await get(url(`?${locals.map((f) => `exclude=${f.id}`).join('&')}`), staff).expect(200);
    expect(res.body.feasible).toBe(false);
    expect(res.body.blockers).toContainEqual({
      rule: 'local_partner',
      en: 'No eligible firm is based in Indonesia',
      ko: expect.any(String),
    });
    expect(res.body.teams.length).toBeGreaterThan(0);
    for (const team of res.body.teams)
      expect(team.rules.find((r: any) => r.rule === 'local_partner')).toMatchObject({
        required: true,
        passed: false,
      });
  });

  it('answers 403 for a foreign lead, 404 for an unknown or unverified lead or project, 400 for bad input, 401 anonymously', async () => {
    const foreign = await get(url(`?leadFirmId=${large.firmId}`), sme).expect(403);
    expect(foreign.body.message).toMatch(/your own firm/);
    const pending = await pendingFirm();
    const unverified = await get(url(`?leadFirmId=${pending.firmId}`), pending).expect(404);
    expect(unverified.body.details).toEqual([
      { field: 'leadFirmId', message: expect.stringContaining(pending.firmId) },
    ]);
    await get(url(`?leadFirmId=${randomUUID()}`), staff).expect(404);
    await get(`/api/projects/${randomUUID()}/consortium-suggestions`, staff).expect(404);
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=11', 'limit'],
      ['?exclude=abc', 'exclude'],
      ['?leadFirmId=abc', 'leadFirmId'],
    ]) {
      const res = await get(url(query), staff).expect(400);
      expect(res.body.details[0].field).toBe(field);
    }
    await get(url(`?leadFirmId=${large.firmId}&exclude=${large.firmId}`), large).expect(400);
    await get('/api/projects/xyz/consortium-suggestions', staff).expect(400);
    await t.http.get(url()).expect(401);
  });
});

describe('POST /api/matching/team-preview', () => {
  const preview = (s: Session, body: object) =>
    t.http.post('/api/matching/team-preview').set(bearer(s)).send(body);

  it('shows the coverage matrix, the gaps and the failing rules of a weak team', async () => {
    const kt = await t.db.manager.findOneByOrFail(Firm, { sourceRef: 'kt' });
    const res = await preview(large, {
      projectId: madiun.id,
      members: [{ firmId: large.firmId }, { firmId: kt.id }],
    }).expect(200);
    const report = res.body;
    expect(report.members.map((m: any) => [m.firmId, m.isLead])).toEqual([
      [large.firmId, true],
      [kt.id, false],
    ]);
    expect(report.members[0]).toMatchObject({
      name: 'LG CNS',
      size: 'large',
      homeCountry: 'KR',
      isSample: false,
      role: 'lead',
    });
    expect(report.coverage).toHaveLength(4);
    expect(report.coverage.every((row: any) => row.cells.length === 2)).toBe(true);
    expect(report.coverage[0]).toMatchObject({
      code: STREETLIGHT,
      mustHave: true,
      best: 0,
      coveredBy: null,
      cells: [0, 0],
    });
    expect(report.gaps).toContain(STREETLIGHT);
    const rule = (id: string) => report.rules.find((r: any) => r.rule === id);
    expect(rule('must_haves')).toMatchObject({
      required: true,
      passed: false,
      detail: { en: expect.stringContaining('Missing must-have') },
    });
    expect(rule('min_sme')).toMatchObject({ required: true, passed: false });
    expect(rule('local_partner')).toMatchObject({
      required: true,
      passed: false,
      detail: { en: 'No partner based in Indonesia' },
    });
    expect(rule('max_members')).toMatchObject({ required: true, passed: true });
    expect(report.feasible).toBe(false);
    expect(report.explanation.en).toContain('Not yet eligible');

    const ktLeads = await preview(large, {
      projectId: madiun.id,
      members: [{ firmId: large.firmId }, { firmId: kt.id, role: 'lead' }],
    }).expect(200);
    expect(ktLeads.body.members[1]).toMatchObject({ firmId: kt.id, isLead: true, role: 'lead' });
  });

  it('passes every rule for a suggested team', async () => {
    const team = (await get(`/api/projects/${madiun.id}/consortium-suggestions?limit=1`, staff).expect(200))
      .body.teams[0];
    const members = team.members.map((m: any) => ({ firmId: m.firmId, role: m.role }));
    const res = await preview(staff, { projectId: madiun.id, members }).expect(200);
    expect(res.body.feasible).toBe(true);
    expect(res.body.gaps).toEqual(team.gaps);
    expect(res.body.members.map((m: any) => m.firmId)).toEqual(members.map((m: any) => m.firmId));
  });

  it('answers 404 naming an unknown or unverified member, 400 for invalid teams, 401 anonymously', async () => {
    const pending = await pendingFirm();
    const unknown = randomUUID();
    const res = await preview(large, {
      projectId: madiun.id,
      members: [{ firmId: large.firmId }, { firmId: unknown }, { firmId: pending.firmId }],
    }).expect(404);
    expect(res.body.details).toEqual([
      { field: 'members[1].firmId', message: expect.stringContaining(unknown) },
      { field: 'members[2].firmId', message: expect.stringContaining(pending.firmId) },
    ]);
    await preview(large, { projectId: randomUUID(), members: [{ firmId: large.firmId }] }).expect(404);

    const invalid = async (body: object, field: string) => {
      const r = await preview(large, body).expect(400);
      expect(r.body.details.map((d: any) => d.field)).toContain(field);
    };
    await invalid({ members: [{ firmId: large.firmId }] }, 'projectId');
    await invalid({ projectId: madiun.id, members: [] }, 'members');
    await invalid(
      { projectId: madiun.id, members: Array.from({ length: 13 }, () => ({ firmId: randomUUID() })) },
      'members',
    );
    await invalid(
      { projectId: madiun.id, members: [{ firmId: large.firmId }, { firmId: large.firmId }] },
      'members',
    );
    await invalid({ projectId: madiun.id, members: [{ firmId: 'x' }] }, 'members.0.firmId');
    await invalid(
      { projectId: madiun.id, members: [{ firmId: large.firmId, role: 'chief' }] },
      'members[0].role',
    );
    await invalid(
      {
        projectId: madiun.id,
        members: [
          { firmId: large.firmId, role: 'lead' },
          { firmId: sme.firmId, role: 'lead' },
        ],
      },
      'members[1].role',
    );
    await invalid({ projectId: madiun.id, members: [{ firmId: large.firmId }], extra: 1 }, 'extra');
    await t.http
      .post('/api/matching/team-preview')
      .send({ projectId: madiun.id, members: [{ firmId: large.firmId }] })
      .expect(401);
  });
});

// These change firms, so they run last.
describe('the index follows firm changes without a restart', () => {
  const matches = async (limit = 50) =>
    (await get(`/api/projects/${madiun.id}/matches?limit=${limit}`, staff).expect(200)).body;

  it('ranks a firm near the top once its admin adds the smart streetlight capability', async () => {
    const before = await matches();
    expect(before.items.map((i: any) => i.firm.id)).not.toContain(sme.firmId);

    const profile = (await get(`/api/firms/${sme.firmId}`, sme).expect(200)).body;
    const capabilities = [
      ...profile.capabilities.map((c: any) => ({ code: c.code, level: c.level })),
      { code: STREETLIGHT, level: 3 },
    ];
    await t.http
      .put(`/api/firms/${sme.firmId}/capabilities`)
      .set(bearer(sme))
      .send({ capabilities })
      .expect(200);

    const after = await matches(5);
    const dspone = after.items.find((i: any) => i.firm.id === sme.firmId);
    expect(dspone).toBeDefined();
    // Declared at level 3, backed only by the staff verification: it counts, but less than proven.
    expect(dspone.requirements[0]).toMatchObject({ code: STREETLIGHT, covered: true, level: 3 });
    expect(dspone.requirements[0].strength).toBeGreaterThan(0.5);
    expect(dspone.requirements[0].strength).toBeLessThan(1);
    expect(dspone.requirements[0].evidence.map((e: any) => e.kind)).toEqual(['verification']);
    expect(after.candidates).toBe(before.candidates);
  });

  it('follows solutions, track records and profile edits', async () => {
    const own = async () => (await matches(20)).items.find((i: any) => i.firm.id === sme.firmId);

    const solution = await t.http
      .post(`/api/firms/${sme.firmId}/solutions`)
      .set(bearer(sme))
      .send({ name: 'SmartGrid Light', maturity: 'commercial', capabilityCodes: ['transport.its'] })
      .expect(201);
    expect((await own()).requirements.find((r: any) => r.code === 'transport.its')).toMatchObject({
      covered: true,
      solutions: ['SmartGrid Light'],
    });
    await t.http
      .delete(`/api/firms/${sme.firmId}/solutions/${solution.body.id}`)
      .set(bearer(sme))
      .expect(204);
    expect((await own()).requirements.find((r: any) => r.code === 'transport.its')).toMatchObject({
      covered: false,
      solutions: [],
    });

    await t.http
      .post(`/api/firms/${sme.firmId}/track-records`)
      .set(bearer(sme))
      .send({ countryCode: 'ID', projectTitle: 'Surabaya AMI pilot', year: 2024 })
      .expect(201);
    expect((await own()).experience).toEqual({ country: 'ID', year: 2024, kind: 'country' });

    await t.http
      .patch(`/api/firms/${sme.firmId}`)
      .set(bearer(sme))
      .send({ roles: ['solution_provider', 'local_partner'] })
      .expect(200);
    // DSPOne is based in Korea: it cannot be the local partner of an Indonesian project.
    expect((await own()).matchedRoles).toEqual(['solution_provider']);
  });

  it('never matches an unverified firm, adds it on verification and drops it on rejection', async () => {
    const strong = await pendingFirm({ homeCountry: 'ID', size: 'sme' });
    const all = [
      'energy.smart_streetlight',
      'data.iot_network',
      'energy.building_management',
      'transport.its',
    ];
    await t.http
      .put(`/api/firms/${strong.firmId}/capabilities`)
      .set(bearer(strong))
      .send({ capabilities: all.map((code) => ({ code, level: 3 })) })
      .expect(200);
    await t.http
      .patch(`/api/firms/${strong.firmId}`)
      .set(bearer(strong))
      .send({ roles: ['solution_provider', 'system_integration'], ladderStage: 'C4' })
      .expect(200);

    const pendingView = await matches();
    expect(pendingView.items.map((i: any) => i.firm.id)).not.toContain(strong.firmId);
    const team = { projectId: madiun.id, members: [{ firmId: strong.firmId }] };
    await t.http.post('/api/matching/team-preview').set(bearer(strong)).send(team).expect(404);

    await t.http
      .post(`/api/firms/${strong.firmId}/verification`)
      .set(bearer(staff))
      .send({ decision: 'verified' })
      .expect(200);
    const verifiedView = await matches(1);
    expect(verifiedView.candidates).toBe(pendingView.candidates + 1);
    expect(verifiedView.items[0]).toMatchObject({ firm: { id: strong.firmId, isSample: false } });
    await t.http.post('/api/matching/team-preview').set(bearer(strong)).send(team).expect(200);

    await t.http
      .post(`/api/firms/${strong.firmId}/verification`)
      .set(bearer(staff))
      .send({ decision: 'rejected', reason: 'No business registration' })
      .expect(200);
    const rejectedView = await matches();
    expect(rejectedView.candidates).toBe(pendingView.candidates);
    expect(rejectedView.items.map((i: any) => i.firm.id)).not.toContain(strong.firmId);
  });
});
