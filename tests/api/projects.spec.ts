import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { loadDemoProjects, readItems, readProjectOverlay } from '@app/demo-data';
import { Project, ProjectRequirement } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';
import { parseCsv } from '../support/csv';

/** The source records, as an oracle independent of the API's SQL. */
interface SourceProject {
  id: string;
  title: string;
  titleKo: string | null;
  countryCode: string;
  city: string | null;
  program: string | null;
  sectors: string[];
  description: string | null;
  budget: { amount: number | null } | null;
}

let t: TestApp;
let source: SourceProject[];
let staff: { token: string; id: string };
let firm: { token: string };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const list = (query: string, token = firm.token) => t.http.get(`/api/projects?${query}`).set(bearer(token));
const facet = (facets: Record<string, { code: string; count: number }[]>, key: string, code: string) =>
  facets[key].find((f) => f.code === code)?.count;

beforeAll(async () => {
  t = await createTestApp();
  const loaded = await loadDemoProjects(t.db.manager);
  // What the database holds: the source records with the overlay's translated Korean titles.
  const overlay = readProjectOverlay();
  source = readItems<SourceProject>('projects.json').map((p) => ({
    ...p,
    titleKo: overlay[p.id]?.titleKo ?? p.titleKo,
  }));
  expect(loaded).toBe(source.length);

  const user = await createUserAccount(t.db, {
    email: 'staff-projects@example.kr',
    password: PASSWORD,
    name: 'Park Staff',
    role: 'staff',
  });
  const login = await t.http
    .post('/api/auth/login')
    .send({ email: 'staff-projects@example.kr', password: PASSWORD })
    .expect(200);
  staff = { token: login.body.accessToken, id: user.id };
  firm = { token: (await registerFirmAdmin(t)).accessToken };
});
afterAll(() => t?.close());

describe('filters and facets on the real projects', () => {
  it('filters by program name', async () => {
    const res = await list(`program=${encodeURIComponent('K-City Network 2022')}&limit=100`).expect(200);
    expect(res.body.total).toBe(10);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.items.every((p: { program: string }) => p.program === 'K-City Network 2022')).toBe(true);
    expect(res.body.items.map((p: { title: string }) => p.title)).toContain(
      source.find((p) => p.id === 'kcity-2022-kg-issyk-kul-smart-tourism')!.title,
    );
  });

  it('filters by country, across cities', async () => {
    const res = await list('country=id&limit=100').expect(200);
    expect(res.body.total).toBe(source.filter((p) => p.countryCode === 'ID').length);
    const cities = res.body.items.map((p: { city: string | null }) => p.city);
    expect(cities).toEqual(expect.arrayContaining(['Jakarta', 'Madiun']));
    expect(res.body.items.every((p: { countryCode: string }) => p.countryCode === 'ID')).toBe(true);
  });

  it('accepts one or many values and combines filters', async () => {
    const both = await list('country=ID&country=KG&limit=1').expect(200);
    expect(both.body.total).toBe(source.filter((p) => ['ID', 'KG'].includes(p.countryCode)).length);
    const sectors = await list('sector=transport&sector=energy&limit=1').expect(200);
    expect(sectors.body.total).toBe(
      source.filter((p) => p.sectors.some((s) => ['transport', 'energy'].includes(s))).length,
    );
    const combined = await list('country=ID&sector=energy&limit=100').expect(200);
    expect(combined.body.total).toBe(
      source.filter((p) => p.countryCode === 'ID' && p.sectors.includes('energy')).length,
    );
    expect(combined.body.items.every((p: { sectors: string[] }) => p.sectors.includes('energy'))).toBe(true);
  });

  it('facet counts equal the total after selecting that value', async () => {
    const bySector = await list('sector=transport&limit=1').expect(200);
    // The sector facet ignores the sector filter itself: counts over all projects.
    expect(facet(bySector.body.facets, 'sector', 'energy')).toBe(
      source.filter((p) => p.sectors.includes('energy')).length,
    );
    const idCount = facet(bySector.body.facets, 'country', 'ID')!;
    expect(idCount).toBeGreaterThan(0);
    const narrowed = await list('sector=transport&country=ID&limit=1').expect(200);
    expect(narrowed.body.total).toBe(idCount);
    expect(idCount).toBe(
      source.filter((p) => p.countryCode === 'ID' && p.sectors.includes('transport')).length,
    );

    const energyCount = facet(narrowed.body.facets, 'sector', 'energy')!;
    const withEnergy = await list('sector=energy&country=ID&limit=1').expect(200);
    expect(withEnergy.body.total).toBe(energyCount);

    const kcity = facet(bySector.body.facets, 'program', 'K-City Network 2022')!;
    const kcityTransport = await list(
      `sector=transport&program=${encodeURIComponent('K-City Network 2022')}&limit=1`,
    ).expect(200);
    expect(kcityTransport.body.total).toBe(kcity);
    const statuses = bySector.body.facets.status as { code: string; count: number }[];
    expect(statuses.reduce((sum, s) => sum + s.count, 0)).toBe(bySector.body.total);
  });

  it('searches in English and in Korean', async () => {
    const kg = source.find((p) => p.id === 'kcity-2022-kg-issyk-kul-smart-tourism')!;
    const en = await list('q=Issyk-Kul tourism').expect(200);
    expect(en.body.items.map((p: { title: string }) => p.title)).toContain(kg.title);

    const ko = await list(`q=${encodeURIComponent('이식쿨')}`).expect(200);
    expect(ko.body.items.map((p: { titleKo: string }) => p.titleKo)).toEqual([kg.titleKo]);

    const smart = await list(`q=${encodeURIComponent('스마트')}&limit=1`).expect(200);
    const haystack = (p: SourceProject) => [p.title, p.titleKo, p.city, p.program, p.description].join(' ');
    expect(smart.body.total).toBe(source.filter((p) => haystack(p).includes('스마트')).length);
    expect(smart.body.total).toBeGreaterThan(2);

    // Program names are searchable too (through the tsvector).
    const eipp = await list('q=EIPP&limit=1').expect(200);
    const eippProgram = source.filter((p) => p.program?.startsWith('EIPP')).length;
    expect(eippProgram).toBeGreaterThan(0);
    expect(facet(eipp.body.facets, 'program', 'EIPP (Economic Innovation Partnership Program)')).toBe(
      eippProgram,
    );

    // LIKE wildcards are literal characters, not "match anything".
    const percent = await list('q=%25').expect(200);
    expect(percent.body.total).toBe(source.filter((p) => haystack(p).includes('%')).length);
    expect(percent.body.total).toBeLessThan(source.length);
  });

  it('sorts by budget with the largest first and unknown budgets last', async () => {
    const res = await list('sort=budget&limit=100&page=2').expect(200);
    const first = await list('sort=budget&limit=5').expect(200);
    const max = Math.max(...source.map((p) => p.budget?.amount ?? -1));
    expect(first.body.items[0].budget.amount).toBe(max);
    const amounts = first.body.items.map((p: { budget: { amount: number } }) => p.budget.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const withAmount = source.filter((p) => p.budget?.amount != null).length;
    expect(withAmount).toBeLessThan(200);
    // Page 2 of 100 holds rows 101..200: the tail of the known budgets then the unknown ones.
    expect(res.body.items[res.body.items.length - 1].budget.amount).toBeNull();
  });

  it('rejects bad page bounds and answers an empty page past the end', async () => {
    for (const q of ['limit=0', 'limit=101', 'page=0', 'limit=abc']) await list(q).expect(400);
    const past = await list('page=50&limit=100').expect(200);
    expect(past.body).toMatchObject({ items: [], total: source.length, page: 50, limit: 100 });
  });

  it.each(['newest', 'title', 'budget', 'deadline', 'country'])(
    'pages sorted by %s without duplicates or gaps',
    async (sort) => {
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(source.length / 40); page++) {
        const res = await list(`sort=${sort}&limit=40&page=${page}`).expect(200);
        ids.push(...res.body.items.map((p: { id: string }) => p.id));
      }
      expect(ids).toHaveLength(source.length);
      expect(new Set(ids).size).toBe(source.length);
    },
  );

  it('names unknown codes and bad values in a 400', async () => {
    const sector = await list('sector=transport&sector=teleportation').expect(400);
    expect(sector.body.message).toContain('teleportation');
    expect(sector.body.details).toEqual([
      { field: 'sector', message: expect.stringContaining('teleportation') },
    ]);
    expect((await list('track=moonshot').expect(400)).body.message).toContain('moonshot');
    const several = await list('sector=warp&track=moonshot&financing=crypto').expect(400);
    expect(several.body.details.map((d: { field: string }) => d.field)).toEqual([
      'sector',
      'track',
      'financing',
    ]);
    expect((await list('financing=crypto').expect(400)).body.message).toContain('crypto');
    expect((await list('status=dreaming').expect(400)).body.details[0].field).toBe('status');
    expect((await list('country=KOR').expect(400)).body.details[0].field).toBe('country');
    expect((await list('sort=random').expect(400)).body.details[0].field).toBe('sort');
    const csv = await t.http
      .get('/api/projects/export.csv?sector=teleportation')
      .set(bearer(firm.token))
      .expect(400);
    // Errors from the CSV route are the usual JSON, not a downloaded file.
    expect(csv.headers['content-type']).toMatch(/^application\/json/);
    expect(csv.headers['content-disposition']).toBeUndefined();
    expect(csv.body.message).toContain('teleportation');
  });
});

describe('project detail and staff editing', () => {
  const newProject = () => ({
    title: `Smart parking pilot, Bishkek ${randomUUID().slice(0, 6)}`,
    titleKo: '비슈케크 스마트 주차 시범사업',
    countryCode: 'kg',
    city: 'Bishkek',
    program: 'Test programme',
    track: 'solution_pilot',
    sectors: ['transport', 'data'],
    description: 'Sensors and a payment app for 2,000 on-street spaces.',
    budget: { amount: 1500000, currency: 'usd', text: 'USD 1.5 million' },
    financing: ['oda_grant'],
    status: 'open',
    submissionDeadline: '2026-09-30T00:00:00.000Z',
    eligibilityNotes: ['Korean SME lead preferred'],
    requirements: {
      capabilities: [
        { code: 'transport.smart_parking', weight: 3, mustHave: true },
        { code: 'data.iot_network', weight: 2, mustHave: false },
      ],
      roles: ['lead', 'solution_provider'],
      teamRules: {
        minSmeMembers: 1,
        maxMembers: 4,
        localPartnerRequired: true,
        leadCountryExperience: false,
      },
    },
  });

  it('creates a project with requirements in one go and reads it back', async () => {
    const body = newProject();
    const created = await t.http.post('/api/projects').set(bearer(staff.token)).send(body).expect(201);
    expect(created.body).toMatchObject({
      title: body.title,
      countryCode: 'KG',
      budget: { amount: 1500000, currency: 'USD', text: 'USD 1.5 million' },
      submissionDeadline: '2026-09-30T00:00:00.000Z',
      requirementCount: 2,
      mustHaveCount: 1,
      version: 1,
      requirements: {
        capabilities: [
          { code: 'transport.smart_parking', weight: 3, mustHave: true },
          { code: 'data.iot_network', weight: 2, mustHave: false },
        ],
        roles: ['lead', 'solution_provider'],
        teamRules: body.requirements.teamRules,
      },
    });
    const detail = await t.http.get(`/api/projects/${created.body.id}`).set(bearer(firm.token)).expect(200);
    expect(detail.body).toEqual(created.body);
    const row = await t.db.manager.findOneByOrFail(Project, { id: created.body.id });
    expect(row.createdById).toBe(staff.id);

    const found = await list(`q=${encodeURIComponent('비슈케크')}`).expect(200);
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    expect(found.body.items[0]).toMatchObject({ requirementCount: 2, mustHaveCount: 1 });
  });

  it('answers 404 for a missing project and 400 for a malformed id', async () => {
    const missing = await t.http.get(`/api/projects/${randomUUID()}`).set(bearer(firm.token)).expect(404);
    expect(missing.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Project not found' });
    await t.http.get('/api/projects/not-a-uuid').set(bearer(firm.token)).expect(400);
  });

  it('updates with the current version, replacing the capability set, and refuses a stale version', async () => {
    const created = await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send(newProject())
      .expect(201);
    const url = `/api/projects/${created.body.id}`;
    const updated = await t.http
      .patch(url)
      .set(bearer(staff.token))
      .send({
        version: 1,
        status: 'under_review',
        requirements: { capabilities: [{ code: 'governance.e_government', weight: 1 }] },
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      version: 2,
      status: 'under_review',
      title: created.body.title,
      requirements: {
        capabilities: [{ code: 'governance.e_government', weight: 1, mustHave: false }],
        roles: ['lead', 'solution_provider'],
      },
    });
    expect(await t.db.manager.countBy(ProjectRequirement, { projectId: created.body.id })).toBe(1);

    const stale = await t.http
      .patch(url)
      .set(bearer(staff.token))
      .send({ version: 1, title: 'Overwritten title' })
      .expect(409);
    expect(stale.body.message).toBe('The project was changed by someone else; reload and try again');
    const after = await t.http.get(url).set(bearer(staff.token)).expect(200);
    expect(after.body).toEqual(updated.body);

    // Partial team rules merge with the stored ones and must stay consistent.
    const bad = await t.http
      .patch(url)
      .set(bearer(staff.token))
      .send({ version: 2, requirements: { teamRules: { minSmeMembers: 5 } } })
      .expect(400);
    expect(bad.body.details[0].field).toBe('requirements.teamRules.maxMembers');
    for (const body of [
      { title: null },
      { financing: null },
      { requirements: null },
      { requirements: { capabilities: null } },
    ]) {
      await t.http
        .patch(url)
        .set(bearer(staff.token))
        .send({ version: 2, ...body })
        .expect(400);
    }
    await t.http.patch(url).set(bearer(staff.token)).send({ title: 'No version given' }).expect(400);
    expect((await t.http.get(url).set(bearer(staff.token)).expect(200)).body.version).toBe(2);
    await t.http
      .patch(`/api/projects/${randomUUID()}`)
      .set(bearer(staff.token))
      .send({ version: 1 })
      .expect(404);
  });

  it('leaves no row behind when a create fails validation of its codes', async () => {
    const before = [await t.db.manager.count(Project), await t.db.manager.count(ProjectRequirement)];
    const body = newProject();
    body.requirements.capabilities[1].code = 'data.telepathy';
    const res = await t.http.post('/api/projects').set(bearer(staff.token)).send(body).expect(400);
    expect(res.body.details).toEqual([
      { field: 'requirements.capabilities[1].code', message: expect.stringContaining('data.telepathy') },
    ]);
    expect(await t.db.manager.countBy(Project, { title: body.title })).toBe(0);

    const dup = newProject();
    dup.requirements.capabilities[1].code = dup.requirements.capabilities[0].code;
    const dupRes = await t.http.post('/api/projects').set(bearer(staff.token)).send(dup).expect(400);
    expect(dupRes.body.details[0].field).toBe('requirements.capabilities[1].code');

    const sectors = await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send({ ...newProject(), sectors: ['transport', 'warp'] })
      .expect(400);
    expect(sectors.body.details).toEqual([{ field: 'sectors[1]', message: expect.stringContaining('warp') }]);
    const weight = newProject();
    weight.requirements.capabilities[0].weight = 4;
    expect(
      (await t.http.post('/api/projects').set(bearer(staff.token)).send(weight).expect(400)).body.details[0]
        .field,
    ).toBe('requirements.capabilities.0.weight');
    await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send({ ...newProject(), title: 'ab' })
      .expect(400);
    await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send({ ...newProject(), budget: { amount: 5 } })
      .expect(400);
    expect([await t.db.manager.count(Project), await t.db.manager.count(ProjectRequirement)]).toEqual(before);
  });

  it('refuses firm users (403) on create and update', async () => {
    const created = await t.http
      .post('/api/projects')
      .set(bearer(staff.token))
      .send(newProject())
      .expect(201);
    await t.http.post('/api/projects').set(bearer(firm.token)).send(newProject()).expect(403);
    await t.http
      .patch(`/api/projects/${created.body.id}`)
      .set(bearer(firm.token))
      .send({ version: 1, title: 'Taken over' })
      .expect(403);
    expect((await t.db.manager.findOneByOrFail(Project, { id: created.body.id })).title).toBe(
      created.body.title,
    );
  });
});

describe('anonymous callers', () => {
  it('get 401 on every route', async () => {
    const id = (
      await t.db.manager.findOneByOrFail(Project, { sourceRef: 'kcity-2022-kg-issyk-kul-smart-tourism' })
    ).id;
    await t.http.get('/api/projects').expect(401);
    await t.http.get('/api/projects/export.csv').expect(401);
    await t.http.get(`/api/projects/${id}`).expect(401);
    await t.http.post('/api/projects').send({}).expect(401);
    await t.http.patch(`/api/projects/${id}`).send({ version: 1 }).expect(401);
    await t.http.get('/api/countries').expect(401);
  });
});

describe('CSV export and countries', () => {
  it('exports the filtered list as Excel-friendly CSV', async () => {
    const query = 'country=TH';
    const total = (await list(`${query}&limit=1`).expect(200)).body.total;
    const res = await t.http
      .get(`/api/projects/export.csv?${query}`)
      .set(bearer(firm.token))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="projects.csv"');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0].slice(0, 4)).toEqual(['id', 'title', 'title_ko', 'country']);
    expect(rows).toHaveLength(total + 1);
    expect(rows.slice(1).every((r) => r[3] === 'TH' && r.length === rows[0].length)).toBe(true);

    const withComma = source.find((p) => p.countryCode === 'TH' && p.title.includes(','))!;
    expect(withComma).toBeDefined();
    expect(bytes.toString('utf8')).toContain(`,"${withComma.title.replace(/"/g, '""')}",`);
    expect(rows.map((r) => r[1])).toContain(withComma.title);
    expect(rows.map((r) => r[2])).toContain(withComma.titleKo);
  });

  it('lists countries with their project counts, busiest first', async () => {
    const res = await t.http.get('/api/countries').set(bearer(firm.token)).expect(200);
    const kg = res.body.find((c: { code: string }) => c.code === 'KG');
    const kgTotal = (await list('country=KG&limit=1').expect(200)).body.total;
    expect(kg.projectCount).toBe(kgTotal);
    expect(kg.topSectors.length).toBeLessThanOrEqual(3);
    expect(kg.topSectors.length).toBeGreaterThan(0);
    const es = res.body.find((c: { code: string }) => c.code === 'ES');
    expect(es.projectCount).toBe(source.filter((p) => p.countryCode === 'ES').length);
    const openES = (await list('country=ES&status=open&limit=1').expect(200)).body.total;
    expect(es.openCount).toBe(openES);
    const counts = res.body.map((c: { projectCount: number }) => c.projectCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(res.body.every((c: { projectCount: number }) => c.projectCount > 0)).toBe(true);
    expect(res.body.find((c: { code: string }) => c.code === 'KR')).toBeUndefined();
  });
});
