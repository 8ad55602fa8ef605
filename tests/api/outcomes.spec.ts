import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsortiumEvent, ConsortiumOutcomeRecord } from '@app/consortia';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { createTestApp, type TestApp } from '../support/test-app';
import { parseCsv } from '../support/csv';

interface Session {
  token: string;
  firmId: string | null;
}
let t: TestApp;
let large: Session;
let sme: Session;
let staff: Session;

const CHECKLIST = {
  capabilitiesCovered: true,
  smeParticipation: true,
  localPartner: true,
  financingRoute: true,
  eligibility: true,
};
const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const as = (s: Session) => ({
  get: (path: string) => t.http.get(path).set(bearer(s)),
  post: (path: string, body: object = {}) => t.http.post(path).set(bearer(s)).send(body),
});
async function login(email: string): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { token: res.body.accessToken, firmId: res.body.user.firm?.id ?? null };
}

/** LG CNS leads with DSPOne (SME) accepted; submitted and approved by staff. */
async function approvedConsortium(): Promise<string> {
  const project = await as(staff)
    .post('/api/projects', {
      title: `Outcome pilot ${randomUUID().slice(0, 6)}`,
      countryCode: 'VN',
      track: 'solution_pilot',
      sectors: ['energy', 'governance'],
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
  const created = await as(large)
    .post('/api/consortia', {
      projectId: project.body.id,
      members: [{ firmId: sme.firmId, role: 'solution_provider' }],
    })
    .expect(201);
  const seat = created.body.members.find((m: any) => m.firm.id === sme.firmId);
  await as(sme).post(`/api/consortia/${created.body.id}/invitations/${seat.id}/accept`).expect(200);
  await as(large).post(`/api/consortia/${created.body.id}/submit`).expect(200);
  const started = await as(staff).post(`/api/consortia/${created.body.id}/review/start`).expect(200);
  await as(staff)
    .post(`/api/consortia/${created.body.id}/decision`, {
      decision: 'approved',
      reason: 'Complete team',
      checklist: CHECKLIST,
      version: started.body.version,
    })
    .expect(200);
  return created.body.id;
}

const funnel = async () => (await as(staff).get('/api/dashboard/firm-funnel').expect(200)).body;

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  large = await login('large@demo.consortium-match.kr');
  sme = await login('sme@demo.consortium-match.kr');
  staff = await login('staff@demo.consortium-match.kr');
}, 120_000);
afterAll(() => t?.close());

describe('outcome sequence', () => {
  it('the lead reports each step, staff confirm, and the firm funnel counts it (overall and SMEs, CSV too)', async () => {
    const before = await funnel();
    expect(before.overall.registered).toBeGreaterThanOrEqual(2);
    expect(before.overall.won).toBe(0);
    const id = await approvedConsortium();
    const afterApproval = await funnel();
    expect(afterApproval.overall.approved - before.overall.approved).toBe(2);
    expect(afterApproval.sme.approved - before.sme.approved).toBe(1);
    expect(afterApproval.overall.bid).toBe(before.overall.bid);

    // Only the lead reports; a partner is 403, staff use their own route or confirm.
    await as(sme)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'bid_submitted', date: '2026-12-01' })
      .expect(403);
    const bad = await as(large)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'contract_signed', date: '2026-12-01' })
      .expect(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(['amount', 'currency']);
    const noReason = await as(large)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'not_selected', date: '2026-12-01' })
      .expect(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    const stray = await as(large)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'bid_submitted', date: '2026-12-01', amount: 5 })
      .expect(400);
    expect(stray.body.details).toEqual([expect.objectContaining({ field: 'amount' })]);

    // The same step reported twice at once: one 201, one 409.
    const twice = await Promise.all([
      as(large).post(`/api/consortia/${id}/outcomes`, { outcome: 'bid_submitted', date: '2026-12-01' }),
      as(large).post(`/api/consortia/${id}/outcomes`, { outcome: 'bid_submitted', date: '2026-12-01' }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    const bid = twice.find((r) => r.status === 201)!.body;
    expect(bid).toMatchObject({
      outcome: 'bid_submitted',
      status: 'reported',
      reportedBy: { name: 'Park Jiho' },
    });
    // Reported is not confirmed: the funnel waits for staff.
    expect((await funnel()).overall.bid).toBe(before.overall.bid);
    await as(large)
      .post(`/api/consortia/${id}/outcomes/${bid.id}/review`, { decision: 'confirmed' })
      .expect(403);
    await as(staff)
      .post(`/api/consortia/${id}/outcomes/${bid.id}/review`, { decision: 'rejected' })
      .expect(400);
    const confirmed = await as(staff)
      .post(`/api/consortia/${id}/outcomes/${bid.id}/review`, { decision: 'confirmed' })
      .expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', reviewedBy: { name: 'Jung Hyun' } });
    await as(staff)
      .post(`/api/consortia/${id}/outcomes/${bid.id}/review`, { decision: 'confirmed' })
      .expect(409);
    expect((await as(large).get(`/api/consortia/${id}`).expect(200)).body.outcome).toBe('bid_submitted');
    const afterBid = await funnel();
    expect(afterBid.overall.bid - before.overall.bid).toBe(2);
    expect(afterBid.sme.bid - before.sme.bid).toBe(1);
    expect(afterBid.overall.won).toBe(before.overall.won);

    // Backwards is refused; shortlisted → rejected by staff with a note → reported again → contract signed.
    const shortlisted = await as(large)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'shortlisted', date: '2026-12-10' })
      .expect(201);
    await as(staff)
      .post(`/api/consortia/${id}/outcomes/${shortlisted.body.id}/review`, {
        decision: 'rejected',
        note: 'No letter from the client',
      })
      .expect(200);
    const contract = await as(large)
      .post(`/api/consortia/${id}/outcomes`, {
        outcome: 'contract_signed',
        date: '2026-12-20',
        amount: 1250000.5,
        currency: 'usd',
      })
      .expect(201);
    expect(contract.body).toMatchObject({ amount: 1250000.5, currency: 'USD' });
    await as(staff)
      .post(`/api/consortia/${id}/outcomes/${contract.body.id}/review`, { decision: 'confirmed' })
      .expect(200);
    await as(large)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'selected', date: '2026-12-21' })
      .expect(409);

    const list = await as(sme).get(`/api/consortia/${id}/outcomes`).expect(200);
    expect(list.body.current).toBe('contract_signed');
    expect(list.body.items.map((o: any) => [o.outcome, o.status])).toEqual([
      ['bid_submitted', 'confirmed'],
      ['shortlisted', 'rejected'],
      ['contract_signed', 'confirmed'],
    ]);
    expect(list.body.canReport).toBe(false);
    expect(await t.db.manager.countBy(ConsortiumOutcomeRecord, { consortiumId: id })).toBe(3);
    const events = (await t.db.manager.findBy(ConsortiumEvent, { consortiumId: id })).map((e) => e.type);
    for (const type of ['outcome_reported', 'outcome_rejected', 'outcome_recorded'])
      expect(events).toContain(type);

    const won = await funnel();
    expect(won.overall.won - before.overall.won).toBe(2);
    expect(won.sme.won - before.sme.won).toBe(1);
    const csv = await as(staff).get('/api/dashboard/firm-funnel.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['stage', 'firms', 'sme_firms', 'sme_share']);
    expect(rows.slice(1).map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual([
      ['registered', won.overall.registered, won.sme.registered],
      ['inConsortium', won.overall.inConsortium, won.sme.inConsortium],
      ['submitted', won.overall.submitted, won.sme.submitted],
      ['approved', won.overall.approved, won.sme.approved],
      ['bid', won.overall.bid, won.sme.bid],
      ['won', won.overall.won, won.sme.won],
    ]);
    // Each stage is a subset of the one before.
    const stages = ['registered', 'inConsortium', 'submitted', 'approved', 'bid', 'won'];
    for (let i = 1; i < stages.length; i++)
      expect(won.overall[stages[i]]).toBeLessThanOrEqual(won.overall[stages[i - 1]]);
    await as(large).get('/api/dashboard/firm-funnel').expect(403);
  });

  it('staff may still record a step directly, and it joins the sequence', async () => {
    const id = await approvedConsortium();
    await as(staff)
      .post(`/api/consortia/${id}/outcome`, { outcome: 'not_selected', date: '2026-12-02' })
      .expect(400);
    await as(staff)
      .post(`/api/consortia/${id}/outcome`, {
        outcome: 'not_selected',
        date: '2026-12-02',
        reason: 'Price too high',
      })
      .expect(200);
    const list = await as(large).get(`/api/consortia/${id}/outcomes`).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ outcome: 'not_selected', status: 'confirmed', reason: 'Price too high' }),
    ]);
    await as(large)
      .post(`/api/consortia/${id}/outcomes`, { outcome: 'bid_submitted', date: '2026-12-03' })
      .expect(409);
  });
});
