import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { loadDemoProjects, readProjectOverlay } from '@app/demo-data';
import { Project } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';
import { parseCsv } from '../support/csv';

let t: TestApp;
let staff: string;
let firm: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const exportCsv = async (query: string) =>
  (
    await t.http
      .get(`/api/projects/export.csv?${query}`)
      .set(bearer(staff))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
  ).body as Buffer;
const upload = (file: Buffer, name: string, dryRun: boolean, mapping?: object, token = staff) => {
  const req = t.http
    .post(`/api/projects/import?dryRun=${dryRun}`)
    .set(bearer(token))
    .attach('file', file, name);
  return mapping ? req.field('mapping', JSON.stringify(mapping)) : req;
};
const projectCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM projects'))[0].n);
const csv = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoProjects(t.db.manager);
  await createUserAccount(t.db, {
    email: 'staff-import@example.kr',
    password: PASSWORD,
    name: 'Import Staff',
    role: 'staff',
  });
  staff = (
    await t.http
      .post('/api/auth/login')
      .send({ email: 'staff-import@example.kr', password: PASSWORD })
      .expect(200)
  ).body.accessToken;
  firm = (await registerFirmAdmin(t)).accessToken;
});
afterAll(() => t?.close());

describe('POST /api/projects/import', () => {
  it('re-imports the CSV export unchanged (same ids and values), and a second import finds only duplicates', async () => {
    const query = 'country=TH';
    const before = await exportCsv(query);
    const [header, ...rows] = parseCsv(before.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.length).toBeGreaterThan(1);
    const ids = rows.map((r) => r[0]);
    // Remove them, then bring them back from the file.
    await t.db.query('DELETE FROM project_requirements WHERE project_id = ANY($1)', [ids]);
    await t.db.query('DELETE FROM projects WHERE id = ANY($1)', [ids]);

    const dry = await upload(before, 'projects.csv', true).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, format: 'csv', total: rows.length, valid: rows.length });
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.inserted).toBe(0);
    expect(await t.db.manager.countBy(Project, { countryCode: 'TH' })).toBe(0);
    const mapped = Object.fromEntries(
      (dry.body.columns as { header: string; field: string | null }[]).map((c) => [c.header, c.field]),
    );
    expect(mapped).toMatchObject({
      id: 'id',
      title_ko: 'titleKo',
      country: 'countryCode',
      requirement_count: null,
    });

    const done = await upload(before, 'projects.csv', false).expect(200);
    expect(done.body.inserted).toBe(rows.length);

    const after = parseCsv((await exportCsv(query)).toString('utf8').replace(/^\uFEFF/, ''));
    expect(after[0]).toEqual(header);
    // Requirement rows are not part of the export, so their two derived counts are the only difference.
    const withoutCounts = (r: string[]) => r.slice(0, header.indexOf('requirement_count'));
    const byId = (list: string[][]) => new Map(list.map((r) => [r[0], withoutCounts(r)]));
    expect(byId(after.slice(1))).toEqual(byId(rows));

    const again = await upload(before, 'projects.csv', false).expect(200);
    expect(again.body).toMatchObject({ inserted: 0, duplicates: rows.length, valid: 0 });
    expect(again.body.rows[0]).toMatchObject({ status: 'duplicate', duplicateOf: ids[0] });
  });

  it('reads XLSX with a column mapping, dates and requirements, and stores the rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pipeline');
    sheet.addRow(['Project name', 'Nation', 'Kind', 'Fields', 'Closes', 'Needs', 'Team', 'Notes']);
    sheet.addRow([
      'XLSX smart parking pilot',
      'vn',
      'solution_pilot',
      'transport; governance',
      new Date('2027-03-31T00:00:00Z'),
      'planning.master_plan:3!; planning.feasibility_study:1',
      'lead',
      'ignored column',
    ]);
    sheet.addRow(['XLSX rolling intake', 'ID', 'master_plan', 'planning', 'rolling', '', '', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const mapping = {
      'Project name': 'title',
      Nation: 'countryCode',
      Kind: 'track',
      Fields: 'sectors',
      Closes: 'submissionDeadline',
      Needs: 'capabilities',
      Team: 'roles',
      Notes: null,
    };
    const dry = await upload(file, 'pipeline.xlsx', true, mapping).expect(200);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body).toMatchObject({ format: 'xlsx', total: 2, valid: 2 });
    expect(dry.body.rows[0]).toMatchObject({ row: 2, status: 'valid', countryCode: 'VN' });

    const count = await projectCount();
    await upload(file, 'pipeline.xlsx', false, mapping).expect(200);
    expect(await projectCount()).toBe(count + 2);
    const pilot = await t.db.manager.findOneByOrFail(Project, { title: 'XLSX smart parking pilot' });
    const detail = (await t.http.get(`/api/projects/${pilot.id}`).set(bearer(firm)).expect(200)).body;
    expect(detail).toMatchObject({
      countryCode: 'VN',
      sectors: ['transport', 'governance'],
      submissionDeadline: '2027-03-31T00:00:00.000Z',
      status: 'announced',
    });
    expect(detail.requirements.capabilities).toEqual(
      expect.arrayContaining([
        { code: 'planning.master_plan', weight: 3, mustHave: true },
        { code: 'planning.feasibility_study', weight: 1, mustHave: false },
      ]),
    );
    expect(detail.requirements.roles).toEqual(['lead']);
    const rolling = await t.db.manager.findOneByOrFail(Project, { title: 'XLSX rolling intake' });
    expect(rolling.submissionDeadline).toBeNull();
  });

  it('reports row errors as { row, field, message } and inserts nothing when any row is bad', async () => {
    const file = csv([
      'title,country,track,sectors,budget_amount,budget_currency',
      'Good row one,KH,master_plan,planning,1000,USD',
      'Bad row,Cambodia,master_plan,teleportation,lots,',
      'Good row two,LA,master_plan,planning,,',
    ]);
    const dry = await upload(file, 'p.csv', true).expect(200);
    expect(dry.body).toMatchObject({ total: 3, valid: 2, invalid: 1 });
    expect(dry.body.rows.map((r: { status: string }) => r.status)).toEqual(['valid', 'invalid', 'valid']);
    const fields = (dry.body.errors as { row: number; field: string }[]).map((e) => `${e.row}:${e.field}`);
    expect(fields).toEqual(expect.arrayContaining(['3:country', '3:budget_amount']));
    expect(dry.body.errors.every((e: { row: number; message: string }) => e.row === 3 && e.message)).toBe(
      true,
    );

    const count = await projectCount();
    const res = await upload(file, 'p.csv', false).expect(400);
    expect(res.body.message).toMatch(/Nothing was imported/);
    expect(res.body.details).toEqual(dry.body.errors);
    expect(await projectCount()).toBe(count);
  });

  it('reports unknown taxonomy codes per row and repeated rows of the same file as duplicates', async () => {
    const file = csv([
      'title,country,track,sectors,financing',
      'Twice in the file,PE,master_plan,planning,',
      'twice in the file,pe,master_plan,planning,',
      'Unknown financing,PE,master_plan,planning,moon_bank',
    ]);
    const dry = await upload(file, 'p.csv', true).expect(200);
    expect(dry.body.rows[1]).toMatchObject({ status: 'duplicate', duplicateOf: 'row 2' });
    expect(dry.body.errors).toEqual([
      { row: 4, field: 'financing', message: 'unknown financing source code "moon_bank"' },
    ]);
  });

  it('refuses unreadable input with a clear 4xx', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    const tooBig = await upload(big, 'big.csv', true).expect(413);
    expect(tooBig.body.message).toBeTruthy();
    await t.http.post('/api/projects/import?dryRun=true').set(bearer(staff)).expect(400);
    await upload(Buffer.from('not a zip'), 'p.xlsx', true).expect(400);
    await upload(csv(['name,country']), 'p.csv', true).expect(400);
    const noTitle = await upload(csv(['foo,bar', '1,2']), 'p.csv', true).expect(400);
    expect(noTitle.body.details[0].field).toBe('mapping');
    await upload(csv(['title,country,track,sectors']), 'p.csv', true, { nope: 'title' }).expect(400);
    await t.http
      .post('/api/projects/import?dryRun=true')
      .set(bearer(staff))
      .attach('file', csv(['title,country,track,sectors']), 'p.csv')
      .field('mapping', '{not json')
      .expect(400);
    await t.http
      .post('/api/projects/import?dryRun=maybe')
      .set(bearer(staff))
      .attach('file', csv(['title,country,track,sectors']), 'p.csv')
      .expect(400);
  });

  it('is staff-only', async () => {
    const file = csv(['title,country,track,sectors', 'Anon try,VN,master_plan,planning']);
    await t.http.post('/api/projects/import?dryRun=true').attach('file', file, 'p.csv').expect(401);
    await upload(file, 'p.csv', false, undefined, firm).expect(403);
    expect(await t.db.manager.countBy(Project, { title: 'Anon try' })).toBe(0);
  });

  it('never answers 5xx to fuzzed rows, and a dry run never writes', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        'VN',
        'master_plan',
        'planning',
        '=1+1',
        "'=cmd",
        '"',
        'true',
        '-1',
        '1e309',
        '수시',
      ),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
    );
    const headers = [
      'title',
      'country',
      'track',
      'sectors',
      'status',
      'submission_deadline',
      'capabilities',
      'max_members',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 5 }),
        async (rows) => {
          const count = await projectCount();
          const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
          const file = csv([headers.join(','), ...rows.map((r) => r.map(quote).join(','))]);
          const res = await upload(file, 'f.csv', true);
          expect(res.status).toBeLessThan(500);
          if (res.status === 200) {
            for (const e of res.body.errors)
              expect(typeof e.row === 'number' && e.field && e.message).toBeTruthy();
          }
          expect(await projectCount()).toBe(count);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('status follows the dates', () => {
  it('answers an open project whose deadline has passed as closed, in the detail, the list and its filter', async () => {
    const make = async (title: string, submissionDeadline: string) =>
      (
        await t.http
          .post('/api/projects')
          .set(bearer(staff))
          .send({
            title,
            countryCode: 'MN',
            track: 'master_plan',
            sectors: ['planning'],
            status: 'open',
            submissionDeadline,
          })
          .expect(201)
      ).body as { id: string; status: string };
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const past = await make('Deadline passed pilot', yesterday);
    const future = await make('Deadline ahead pilot', nextYear);
    expect(past.status).toBe('closed');
    expect(future.status).toBe('open');
    const ids = async (status: string) =>
      (
        await t.http.get(`/api/projects?country=MN&status=${status}&limit=100`).set(bearer(firm)).expect(200)
      ).body.items.map((p: { id: string }) => p.id);
    expect(await ids('open')).toContain(future.id);
    expect(await ids('open')).not.toContain(past.id);
    expect(await ids('closed')).toContain(past.id);
    // Stored as sent: the rule is applied when read, so it follows the clock.
    expect((await t.db.manager.findOneByOrFail(Project, { id: past.id })).status).toBe('open');
  });
});

describe('demo content overlay', () => {
  it('gives every open or announced demo project a Korean title, and labels translations and estimated deadlines', async () => {
    const rows: { title_ko: string | null; source_note: string | null; status: string; sd: Date | null }[] =
      await t.db.query(
        `SELECT title_ko, source_note, status, submission_deadline AS sd FROM projects WHERE source_ref IS NOT NULL AND status IN ('open', 'announced')`,
      );
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => !/[\uac00-\ud7a3]/.test(r.title_ko ?? ''))).toEqual([]);
    const translated = rows.filter((r) => r.source_note?.includes('translation by Consortium Match'));
    // (The first test re-imported the Thai projects from CSV, so count the translated ones still from the source.)
    const translatedIds = Object.entries(readProjectOverlay())
      .filter(([, o]) => o.titleKoTranslated)
      .map(([id]) => id);
    const present = await t.db.query(
      `SELECT 1 FROM projects WHERE source_ref = ANY($1) AND status IN ('open', 'announced')`,
      [translatedIds],
    );
    expect(translated.length).toBe(present.length);
    expect(translated.length).toBeGreaterThan(10);
    // Open projects whose stated tender window is over read as closed today.
    const list = (await t.http.get('/api/projects?status=open&limit=100').set(bearer(firm)).expect(200)).body
      .items as { submissionDeadline: string | null }[];
    for (const p of list) {
      if (p.submissionDeadline) expect(new Date(p.submissionDeadline).getTime()).toBeGreaterThan(Date.now());
    }
    const estimated = rows.filter((r) => r.sd !== null);
    expect(
      estimated.every((r) => r.source_note?.includes('Deadline estimated from the stated tender window')),
    ).toBe(true);
  });
});
