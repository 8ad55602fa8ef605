import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Consortium,
  ConsortiumDecisionRecord,
  ConsortiumEvent,
  ConsortiumMember,
  type ConsortiumStatus,
  type MemberStatus,
} from '@app/consortia';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { createTestApp, type TestApp } from '../support/test-app';
import { parseCsv } from '../support/csv';

interface Session {
  token: string;
  userId: string;
  firmId: string | null;
}

let t: TestApp;
let large: Session; // LG CNS admin (large)
let sme: Session; // DSPOne admin (SME)
let staff: Session;

// Program names unique to this file, so the demo projects never leak into the exact counts.
const tag = randomUUID().slice(0, 6);
const PA = `Dashboard test A ${tag}`;
const PB = `Dashboard test B ${tag}`;
const PC = `Dashboard test C ${tag}`;
const CHECKLIST = {
  capabilitiesCovered: true,
  smeParticipation: true,
  localPartner: false,
  financingRoute: true,
  eligibility: true,
};
const X2_NAME = '=SUM(1,2) "Nairobi", mobility';
const X1_REASON = 'Strong team, "SME-led"\nApproved';

const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const as = (s: Session) => ({
  get: (path: string) => t.http.get(path).set(bearer(s)),
  post: (path: string, body: object = {}) => t.http.post(path).set(bearer(s)).send(body),
});

async function login(email: string): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { token: res.body.accessToken, userId: res.body.user.id, firmId: res.body.user.firm?.id ?? null };
}

/** An open project (staff API) that LG CNS + DSPOne satisfy. */
async function newProject(program: string, countryCode: string, sectors: string[]): Promise<string> {
  const res = await as(staff)
    .post('/api/projects', {
      title: `Dashboard pilot ${randomUUID().slice(0, 6)}`,
      countryCode,
      program,
      track: 'solution_pilot',
      sectors,
      status: 'open',
      submissionDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      requirements: {
        capabilities: [
          { code: 'governance.smart_city_platform', weight: 3, mustHave: true },
          { code: 'energy.smart_metering', weight: 2, mustHave: true },
        ],
        roles: ['lead', 'solution_provider'],
        teamRules: { minSmeMembers: 1, maxMembers: 4 },
      },
    })
    .expect(201);
  return res.body.id;
}

/** The real workflow: LG CNS leads, DSPOne accepts, submitted and taken into review. Returns id and version. */
async function underReviewViaApi(projectId: string, name: string) {
  const created = await as(large)
    .post('/api/consortia', { projectId, name, members: [{ firmId: sme.firmId, role: 'solution_provider' }] })
    .expect(201);
  const seat = created.body.members.find((m: any) => m.firm.id === sme.firmId);
  await as(sme).post(`/api/consortia/${created.body.id}/invitations/${seat.id}/accept`).expect(200);
  await as(large).post(`/api/consortia/${created.body.id}/submit`).expect(200);
  const started = await as(staff).post(`/api/consortia/${created.body.id}/review/start`).expect(200);
  return { id: created.body.id as string, version: started.body.version as number };
}

const day = 86_400_000;
const at = (iso: string, plusDays = 0) => new Date(new Date(iso).getTime() + plusDays * day);

interface SeedConsortium {
  projectId: string;
  status: ConsortiumStatus;
  createdAt: Date;
  submittedAt?: Date;
  lead: string;
  leadStatus?: MemberStatus;
  members?: { firmId: string; status: MemberStatus; responded?: boolean }[];
  events: {
    type: ConsortiumEvent['type'];
    to: ConsortiumStatus;
    days: number;
    data?: Record<string, unknown>;
  }[];
  decisions?: { decision: ConsortiumDecisionRecord['decision']; reason: string; days: number }[];
  outcome?: Consortium['outcome'];
}

/** Rows straight through the entities, for histories the workflow would take days (or years) to produce. */
async function seedConsortium(s: SeedConsortium): Promise<string> {
  return t.db.transaction(async (tx) => {
    const c = await tx.save(
      tx.create(Consortium, {
        projectId: s.projectId,
        leadFirmId: s.lead,
        name: `Seeded ${randomUUID().slice(0, 6)}`,
        status: s.status,
        createdAt: s.createdAt,
        submittedAt: s.submittedAt ?? null,
        outcome: s.outcome ?? null,
        outcomeDate: s.outcome ? '2025-08-01' : null,
      }),
    );
    const seat = (firmId: string, role: string, status: MemberStatus, responded: boolean) =>
      tx.create(ConsortiumMember, {
        consortiumId: c.id,
        projectId: s.projectId,
        firmId,
        role,
        status,
        invitedAt: s.createdAt,
        respondedAt: responded ? at(s.createdAt.toISOString(), 1) : null,
        declineReason: status === 'declined' ? 'no_capacity' : null,
      });
    await tx.save([
      seat(s.lead, 'lead', s.leadStatus ?? 'accepted', true),
      ...(s.members ?? []).map((m) =>
        seat(m.firmId, 'solution_provider', m.status, m.responded ?? m.status !== 'invited'),
      ),
    ]);
    await tx.save(
      ConsortiumEvent,
      [{ type: 'created' as const, to: 'draft' as ConsortiumStatus, days: 0 }, ...s.events].map((e) => ({
        consortiumId: c.id,
        type: e.type,
        fromStatus: null,
        toStatus: e.to,
        data: e.data ?? {},
        createdAt: at(s.createdAt.toISOString(), e.days),
      })),
    );
    for (const d of s.decisions ?? []) {
      await tx.insert(ConsortiumDecisionRecord, {
        consortiumId: c.id,
        decidedById: staff.userId,
        decision: d.decision,
        reason: d.reason,
        checklist: CHECKLIST,
        snapshot: {},
        createdAt: at(s.createdAt.toISOString(), d.days),
      });
    }
    return c.id;
  });
}

const ids: Record<string, string> = {};
const summary = (query = '') => as(staff).get(`/api/dashboard/summary${query}`).expect(200);
const q = (params: Record<string, string | string[] | number>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) search.append(k, String(one));
  return `?${search.toString()}`;
};
const ALL = { program: [PA, PB, PC] };
const statusCounts = (body: any) =>
  Object.fromEntries(
    body.consortiaByStatus.filter((s: any) => s.count > 0).map((s: any) => [s.status, s.count]),
  );

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  large = await login('large@demo.consortium-match.kr');
  sme = await login('sme@demo.consortium-match.kr');
  staff = await login('staff@demo.consortium-match.kr');

  const pA1 = await newProject(PA, 'VN', ['energy', 'governance']);
  const pA2 = await newProject(PA, 'VN', ['energy']);
  const pB1 = await newProject(PB, 'KE', ['transport']);
  await newProject(PC, 'PH', ['environment']);

  // X1 through the whole workflow: approved, then selected by the client.
  const x1 = await underReviewViaApi(pA1, 'Hue metering team');
  await as(staff)
    .post(`/api/consortia/${x1.id}/decision`, {
      decision: 'approved',
      reason: X1_REASON,
      checklist: CHECKLIST,
      version: x1.version,
    })
    .expect(200);
  await as(staff)
    .post(`/api/consortia/${x1.id}/outcome`, { outcome: 'selected', date: '2026-05-04' })
    .expect(200);
  ids.x1 = x1.id;
  // X2 waits in the review queue, with a name that needs quoting and the formula guard.
  ids.x2 = (await underReviewViaApi(pB1, X2_NAME)).id;

  // Demo firms by size (LG CNS and DSPOne hold seats on pA1 and pB1 already).
  const firms = await t.db.manager.find(Firm, { where: { isSample: false }, order: { name: 'ASC' } });
  const pool = (size: string) =>
    firms.filter((f) => f.size === size && f.id !== large.firmId && f.id !== sme.firmId).map((f) => f.id);
  const [L1, L2, L4, A5] = pool('large');
  const [S1, D1, L5] = pool('sme');
  const [T1] = pool('startup');
  const [M1, W1] = pool('mid');
  const [L3] = pool('public');
  const [I1] = pool('research');

  // Y1 (2024, A): rejected after 10 days; lead large + SME + mid accepted, one SME declined.
  ids.y1 = await seedConsortium({
    projectId: pA2,
    status: 'rejected',
    createdAt: new Date('2024-03-01T03:00:00Z'),
    submittedAt: at('2024-03-01T03:00:00Z', 5),
    lead: L1,
    members: [
      { firmId: S1, status: 'accepted' },
      { firmId: M1, status: 'accepted' },
      { firmId: D1, status: 'declined' },
    ],
    events: [
      { type: 'submitted', to: 'submitted', days: 5 },
      { type: 'review_started', to: 'under_review', days: 6 },
      { type: 'decided', to: 'rejected', days: 10 },
    ],
    decisions: [{ decision: 'rejected', reason: '-10% budget, "no" local partner', days: 10 }],
  });
  // Y2 (2025, B): changes requested after 4 days, approved after 9, then not selected; lead large + startup.
  ids.y2 = await seedConsortium({
    projectId: pB1,
    status: 'approved',
    createdAt: new Date('2025-06-01T00:00:00Z'),
    submittedAt: at('2025-06-01T00:00:00Z', 7),
    lead: L2,
    outcome: 'not_selected',
    members: [{ firmId: T1, status: 'accepted' }],
    events: [
      { type: 'submitted', to: 'submitted', days: 2 },
      { type: 'review_started', to: 'under_review', days: 3 },
      { type: 'decided', to: 'changes_requested', days: 4 },
      { type: 'status_recomputed', to: 'ready', days: 6 },
      { type: 'submitted', to: 'submitted', days: 7 },
      { type: 'review_started', to: 'under_review', days: 8 },
      { type: 'decided', to: 'approved', days: 9 },
      { type: 'outcome_recorded', to: 'approved', days: 30, data: { outcome: 'not_selected' } },
    ],
    decisions: [
      { decision: 'changes_requested', reason: 'Add a local partner', days: 4 },
      { decision: 'approved', reason: 'Local partner added', days: 9 },
    ],
  });
  // Y3: 1 January 2025 in Seoul (still 2024 in UTC); a draft with one pending invitation.
  ids.y3 = await seedConsortium({
    projectId: pA2,
    status: 'inviting',
    createdAt: new Date('2024-12-31T16:30:00Z'),
    lead: L3,
    members: [{ firmId: I1, status: 'invited' }],
    events: [{ type: 'member_invited', to: 'inviting', days: 0 }],
  });
  // Y4 (2025, B): submitted, then withdrawn; its member had accepted before the withdrawal.
  ids.y4 = await seedConsortium({
    projectId: pB1,
    status: 'withdrawn',
    createdAt: new Date('2025-02-01T00:00:00Z'),
    submittedAt: at('2025-02-01T00:00:00Z', 3),
    lead: L4,
    leadStatus: 'withdrawn',
    members: [{ firmId: W1, status: 'withdrawn', responded: true }],
    events: [
      { type: 'submitted', to: 'submitted', days: 3 },
      { type: 'withdrawn', to: 'withdrawn', days: 4 },
    ],
  });
  // Y5 (2025, A): submitted, waiting for review; SME lead + large member.
  ids.y5 = await seedConsortium({
    projectId: pA2,
    status: 'submitted',
    createdAt: new Date('2025-03-01T00:00:00Z'),
    submittedAt: new Date('2025-03-05T00:00:00Z'),
    lead: L5,
    members: [{ firmId: A5, status: 'accepted' }],
    events: [{ type: 'submitted', to: 'submitted', days: 4 }],
  });
}, 180_000);
afterAll(() => t?.close());

describe('GET /api/dashboard/summary', () => {
  it('counts consortia per status in workflow order, zeros included', async () => {
    const { body } = await summary(q(ALL));
    expect(body.consortiaByStatus.map((s: any) => s.status)).toEqual([
      'draft',
      'inviting',
      'ready',
      'submitted',
      'under_review',
      'approved',
      'rejected',
      'changes_requested',
      'withdrawn',
    ]);
    expect(statusCounts(body)).toEqual({
      inviting: 1,
      submitted: 1,
      under_review: 1,
      approved: 2,
      rejected: 1,
      withdrawn: 1,
    });
    // Without filters the demo projects add nothing (they have no consortia here).
    expect(statusCounts((await summary()).body)).toEqual(statusCounts(body));
  });

  it('computes the SME share of accepted members (lead included) for submitted-or-later and approved consortia', async () => {
    const { body } = await summary(q(ALL));
    // Submitted or later: X1 2 (1 SME), X2 2 (1), Y1 3 (1; the declined SME does not count), Y2 2 (1 startup), Y5 2 (1 SME lead).
    expect(body.smeShare.submitted).toEqual({ smeMembers: 5, members: 11, share: 0.4545 });
    // Approved: X1 and Y2.
    expect(body.smeShare.approved).toEqual({ smeMembers: 2, members: 4, share: 0.5 });
  });

  it('builds the funnel from invitations and the event log (ever reached, not current status)', async () => {
    const { body } = await summary(q(ALL));
    // Invited: X1 1, X2 1, Y1 3, Y2 1, Y3 1, Y4 1, Y5 1. Accepted: all but the declined and the pending (Y4's counts: accepted before withdrawal).
    // Submitted: X1, X2, Y1, Y2, Y4 (withdrawn later), Y5. Approved: X1, Y2. Selected: X1 only (Y2 was not selected).
    expect(body.funnel).toEqual({ invited: 9, accepted: 7, submitted: 6, approved: 2, selected: 1 });
  });

  it('takes the median days from creation to the first decision', async () => {
    // X1 ≈ 0 days (decided in this test), Y1 10 days, Y2 4 days (its first decision; approved after 9).
    expect((await summary(q(ALL))).body.medianDaysToDecision).toBe(4);
    // Program A: X1 ≈ 0 and Y1 10 → 5.
    expect((await summary(q({ program: PA }))).body.medianDaysToDecision).toBe(5);
    expect((await summary(q({ program: PC }))).body.medianDaysToDecision).toBeNull();
  });

  it('breaks projects and consortia down by country and sector', async () => {
    const { body } = await summary(q(ALL));
    expect(body.projectsByCountry).toEqual([
      { code: 'VN', projects: 2, consortia: 4 },
      { code: 'KE', projects: 1, consortia: 3 },
      { code: 'PH', projects: 1, consortia: 0 },
    ]);
    expect(body.projectsBySector).toEqual([
      { code: 'energy', projects: 2, consortia: 4 },
      { code: 'transport', projects: 1, consortia: 3 },
      { code: 'governance', projects: 1, consortia: 1 },
      { code: 'environment', projects: 1, consortia: 0 },
    ]);
  });

  it('narrows every block by program and by year (Korea time)', async () => {
    const a = (await summary(q({ program: PA }))).body;
    expect(statusCounts(a)).toEqual({ inviting: 1, submitted: 1, approved: 1, rejected: 1 });
    expect(a.funnel).toEqual({ invited: 6, accepted: 4, submitted: 3, approved: 1, selected: 1 });
    expect(a.projectsByCountry).toEqual([{ code: 'VN', projects: 2, consortia: 4 }]);

    const y2025 = (await summary(q({ ...ALL, year: 2025 }))).body;
    // Y3 was created on 1 January 2025 in Seoul, 31 December 2024 in UTC.
    expect(statusCounts(y2025)).toEqual({ inviting: 1, submitted: 1, approved: 1, withdrawn: 1 });
    expect(y2025.funnel).toEqual({ invited: 4, accepted: 3, submitted: 3, approved: 1, selected: 0 });
    expect(y2025.smeShare.approved).toEqual({ smeMembers: 1, members: 2, share: 0.5 });
    expect(y2025.medianDaysToDecision).toBe(4);
    // The year narrows consortia; the project pipeline stays.
    expect(y2025.projectsByCountry).toEqual([
      { code: 'VN', projects: 2, consortia: 2 },
      { code: 'KE', projects: 1, consortia: 2 },
      { code: 'PH', projects: 1, consortia: 0 },
    ]);

    const y2024 = (await summary(q({ program: [PA, PB], year: 2024 }))).body;
    expect(statusCounts(y2024)).toEqual({ rejected: 1 });
    expect(y2024.smeShare.submitted).toEqual({ smeMembers: 1, members: 3, share: 0.3333 });
    expect(y2024.smeShare.approved).toEqual({ smeMembers: 0, members: 0, share: null });

    const none = (await summary(q({ program: PC }))).body;
    expect(none.consortiaByStatus.every((s: any) => s.count === 0)).toBe(true);
    expect(none.funnel).toEqual({ invited: 0, accepted: 0, submitted: 0, approved: 0, selected: 0 });
  });

  it('offers every program and the years with consortia as filter options, whatever is selected', async () => {
    const { body } = await summary(q({ program: PC, year: 2024 }));
    expect(body.filters.programs).toEqual(expect.arrayContaining([PA, PB, PC, 'K-City Network 2022']));
    expect(body.filters.programs).toEqual([...body.filters.programs].sort());
    expect(body.filters.years).toEqual([new Date().getUTCFullYear(), 2025, 2024]);
  });

  it('rejects bad filters with a 400 naming the field', async () => {
    const bad = await as(staff).get('/api/dashboard/summary?year=twenty').expect(400);
    expect(bad.body.details[0].field).toBe('year');
    await as(staff).get('/api/dashboard/summary?year=1999').expect(400);
    await as(staff).get('/api/dashboard/summary?other=1').expect(400);
  });
});

const csv = async (path: string) => {
  const res = await as(staff)
    .get(path)
    .buffer(true)
    .parse((r, done) => {
      let data = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (data += c));
      r.on('end', () => done(null, data));
    })
    .expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  return { text: res.body as string, disposition: res.headers['content-disposition'] };
};

describe('CSV exports', () => {
  it('review queue: submitted and under-review consortia, oldest submission first, quoted and formula-guarded', async () => {
    const { text, disposition } = await csv(`/api/dashboard/review-queue.csv${q(ALL)}`);
    expect(disposition).toBe('attachment; filename="review-queue.csv"');
    expect(
      text.startsWith(
        '\uFEFFconsortium_id,consortium,project,country,lead_firm,members,member_count,sme_count,submitted_at,status\r\n',
      ),
    ).toBe(true);
    // The name as sent over the wire: quoted (comma, quotes) and prefixed with ' (starts with =).
    expect(text).toContain(`"'=SUM(1,2) ""Nairobi"", mobility"`);
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows.map((r) => [r[0], r[9]])).toEqual([
      [ids.y5, 'submitted'],
      [ids.x2, 'under_review'],
    ]);
    const x2 = rows[1];
    expect(x2[1]).toBe(`'${X2_NAME}`);
    expect(x2.slice(3, 8)).toEqual(['KE', 'LG CNS', 'LG CNS (lead); DSPOne (solution_provider)', '2', '1']);
    expect(new Date(x2[8]).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(rows[0][8]).toBe('2025-03-05T00:00:00.000Z');

    const programB = parseCsv(
      (await csv(`/api/dashboard/review-queue.csv${q({ program: PB })}`)).text.slice(1),
    );
    expect(programB.slice(1).map((r) => r[0])).toEqual([ids.x2]);
    const y2025 = parseCsv(
      (await csv(`/api/dashboard/review-queue.csv${q({ ...ALL, year: 2025 })}`)).text.slice(1),
    );
    expect(y2025.slice(1).map((r) => r[0])).toEqual([ids.y5]);
  });

  it('decisions: every decision oldest first with reason, decider and checklist', async () => {
    const { text, disposition } = await csv(`/api/dashboard/decisions.csv${q(ALL)}`);
    expect(disposition).toBe('attachment; filename="decisions.csv"');
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'decision_id',
      'consortium_id',
      'consortium',
      'project',
      'decision',
      'reason',
      'decided_by',
      'decided_by_email',
      'decided_at',
      'capabilities_covered',
      'sme_participation',
      'local_partner',
      'financing_route',
      'eligibility',
    ]);
    expect(rows.map((r) => [r[1], r[4]])).toEqual([
      [ids.y1, 'rejected'],
      [ids.y2, 'changes_requested'],
      [ids.y2, 'approved'],
      [ids.x1, 'approved'],
    ]);
    // Formula guard on the reason starting with "-", quotes kept, line break kept inside a quoted cell.
    expect(rows[0][5]).toBe(`'-10% budget, "no" local partner`);
    expect(rows[3][5]).toBe(X1_REASON);
    expect(rows[3].slice(6, 8)).toEqual(['Jung Hyun', 'staff@demo.consortium-match.kr']);
    expect(rows[3].slice(9)).toEqual(['yes', 'yes', 'no', 'yes', 'yes']);
    expect(rows[0][8]).toBe('2024-03-11T03:00:00.000Z');

    const y2024 = parseCsv(
      (await csv(`/api/dashboard/decisions.csv${q({ ...ALL, year: 2024 })}`)).text.slice(1),
    );
    expect(y2024.slice(1).map((r) => r[1])).toEqual([ids.y1]);
  });
});

describe('access', () => {
  const routes = [
    '/api/dashboard/summary',
    '/api/dashboard/review-queue.csv',
    '/api/dashboard/decisions.csv',
  ];

  it.each(routes)('%s: 401 without a token, 403 for firm users, 200 for staff and admins', async (path) => {
    await t.http.get(path).expect(401);
    await as(large).get(path).expect(403);
    await as(sme).get(path).expect(403);
    await as(await login('admin@demo.consortium-match.kr'))
      .get(path)
      .expect(200);
  });
});
