import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUserAccount } from '@app/auth';
import {
  ConsortiumDecisionRecord,
  ConsortiumEvent,
  ConsortiumMember,
  InvitationSweeperService,
} from '@app/consortia';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm } from '@app/firms';
import { MatchingIndexService } from '@app/matching-api';
import { EmailOutbox } from '@app/mail';
import { Notification } from '@app/notifications';
import { Project } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registerFirmAdmin } from '../support/factories';

interface Session {
  token: string;
  userId: string;
  email: string;
  firmId: string | null;
}

let t: TestApp;
let large: Session; // LG CNS admin: leads
let sme: Session; // DSPOne admin: SME with smart metering
let third: Session; // IVS Tech admin (created here)
let fourth: Session; // Datastreams admin (created here)
let outsider: Session; // J-SYS admin: never in these consortia
let largeMember: Session; // LG CNS plain member
let staff: Session;
let staff2: Session;

const PLATFORM = 'governance.smart_city_platform'; // LG CNS, level 3
const METERING = 'energy.smart_metering'; // DSPOne, level 3
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
  patch: (path: string, body: object) => t.http.patch(path).set(bearer(s)).send(body),
  del: (path: string) => t.http.delete(path).set(bearer(s)),
});

async function login(email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return {
    token: res.body.accessToken,
    userId: res.body.user.id,
    email,
    firmId: res.body.user.firm?.id ?? null,
  };
}

async function account(
  role: 'firm_admin' | 'firm_member' | 'staff',
  firmId: string | null,
): Promise<Session> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.kr`;
  await createUserAccount(t.db, { email, password: PASSWORD, name: `Test ${role}`, role, firmId });
  return login(email, PASSWORD);
}

const firmId = async (ref: string) => (await t.db.manager.findOneByOrFail(Firm, { sourceRef: ref })).id;

/** A fresh open project (staff API) that LG CNS + DSPOne satisfy: two must-haves, at least one SME, at most 4 members. */
async function newProject(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await as(staff)
    .post('/api/projects', {
      title: `Smart metering pilot ${randomUUID().slice(0, 6)}`,
      countryCode: 'VN',
      track: 'solution_pilot',
      sectors: ['energy', 'governance'],
      status: 'open',
      submissionDeadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
      requirements: {
        capabilities: [
          { code: PLATFORM, weight: 3, mustHave: true },
          { code: METERING, weight: 2, mustHave: true },
        ],
        roles: ['lead', 'solution_provider'],
        teamRules: { minSmeMembers: 1, maxMembers: 4 },
      },
      ...overrides,
    })
    .expect(201);
  return res.body.id;
}

const create = (
  s: Session,
  projectId: string,
  members: { firmId: string; role: string; message?: string }[] = [],
  name?: string,
) => as(s).post('/api/consortia', { projectId, members, ...(name ? { name } : {}) });

const seatOf = (detail: any, firm: string) =>
  detail.members.find((m: any) => m.firm.id === firm && ['invited', 'accepted'].includes(m.status));

/** LG CNS leads with DSPOne accepted: the consortium is ready. */
async function readyConsortium(projectId?: string) {
  const project = projectId ?? (await newProject());
  const created = await create(large, project, [{ firmId: sme.firmId!, role: 'solution_provider' }]).expect(
    201,
  );
  const seat = seatOf(created.body, sme.firmId!);
  await as(sme).post(`/api/consortia/${created.body.id}/invitations/${seat.id}/accept`).expect(200);
  return { id: created.body.id as string, projectId: project, smeSeat: seat.id as string };
}

async function underReview() {
  const c = await readyConsortium();
  await as(large).post(`/api/consortia/${c.id}/submit`).expect(200);
  const started = await as(staff).post(`/api/consortia/${c.id}/review/start`).expect(200);
  return { ...c, version: started.body.version as number };
}

const notificationsOf = (s: Session, type: string) =>
  t.db.manager.find(Notification, {
    where: { userId: s.userId, type: type as Notification['type'] },
    order: { createdAt: 'ASC' },
  });
const outboxCount = (s: Session) => t.db.manager.countBy(EmailOutbox, { toAddress: s.email });
const forConsortium = (rows: Notification[], id: string) => rows.filter((n) => n.data.consortiumId === id);

beforeAll(async () => {
  // Demo data loads before the app initialises (as in main.ts), so the matching index sees it at bootstrap.
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  large = await login('large@demo.consortium-match.kr');
  sme = await login('sme@demo.consortium-match.kr');
  staff = await login('staff@demo.consortium-match.kr');
  staff2 = await account('staff', null);
  third = await account('firm_admin', await firmId('ivs-tech'));
  fourth = await account('firm_admin', await firmId('datastreams'));
  outsider = await account('firm_admin', await firmId('j-sys'));
  largeMember = await account('firm_member', large.firmId);
}, 120_000);
afterAll(() => t?.close());

describe('the consortium journey', () => {
  it('create → invite → accept / decline with reason → submit → review → approve → outcome, with history and notifications', async () => {
    const projectId = await newProject();
    const created = await create(
      large,
      projectId,
      [
        {
          firmId: sme.firmId!,
          role: 'solution_provider',
          message: 'Your AMI work in Ho Chi Minh City fits.',
        },
        { firmId: third.firmId!, role: 'solution_provider' },
      ],
      'Hue smart metering team',
    ).expect(201);
    const c = created.body;
    expect(c).toMatchObject({
      name: 'Hue smart metering team',
      status: 'inviting',
      version: 1,
      outcome: null,
      project: { id: projectId, countryCode: 'VN', status: 'open' },
      leadFirm: { id: large.firmId, name: 'LG CNS', verificationStatus: 'verified' },
      memberCount: 1,
      pendingCount: 2,
      viewer: {
        relation: 'lead',
        canEditTeam: true,
        canSubmit: false,
        canWithdraw: true,
        canRespond: false,
        canReview: false,
      },
      decisions: [],
    });
    expect(c.members.map((m: any) => [m.firm.id, m.role, m.status, m.isLead])).toEqual([
      [large.firmId, 'lead', 'accepted', true],
      [sme.firmId, 'solution_provider', 'invited', false],
      [third.firmId, 'solution_provider', 'invited', false],
    ]);
    const expiresIn = new Date(c.members[1].expiresAt).getTime() - new Date(c.members[1].invitedAt).getTime();
    expect(expiresIn).toBe(14 * 86_400_000);
    expect(c.members[1].message).toBe('Your AMI work in Ho Chi Minh City fits.');
    // The live preview covers accepted + invited members.
    expect(c.team.members.map((m: any) => m.firmId)).toEqual([large.firmId, sme.firmId, third.firmId]);
    expect(c.team.coverage.map((r: any) => [r.code, r.coveredBy])).toEqual([
      [PLATFORM, large.firmId],
      [METERING, sme.firmId],
    ]);
    expect(c.readiness.canSubmit).toBe(false);
    expect(c.readiness.problems.map((p: any) => p.code)).toEqual(['pending_invitations']);

    // Invitations arrive in the invited firms' inboxes, as notifications and as queued e-mails.
    const inbox = await as(sme).get('/api/invitations').expect(200);
    const item = inbox.body.items.find((i: any) => i.consortium.id === c.id);
    expect(item).toMatchObject({
      id: c.members[1].id,
      status: 'invited',
      role: 'solution_provider',
      leadFirm: { name: 'LG CNS' },
      project: { id: projectId },
      invitedBy: { id: large.userId, name: 'Park Jiho' },
    });
    const received = forConsortium(await notificationsOf(sme, 'invitation_received'), c.id);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      titleEn: 'LG CNS invites you to a consortium',
      link: '/invitations',
    });
    expect(received[0].bodyEn).toContain('Hue smart metering team');
    expect(forConsortium(await notificationsOf(third, 'invitation_received'), c.id)).toHaveLength(1);
    expect(await t.db.manager.countBy(EmailOutbox, { toAddress: third.email })).toBeGreaterThanOrEqual(1);

    // The invited firms see the consortium; accept is idempotent.
    const seen = await as(sme).get(`/api/consortia/${c.id}`).expect(200);
    expect(seen.body.viewer).toMatchObject({
      relation: 'invited',
      memberId: c.members[1].id,
      canRespond: true,
      canEditTeam: false,
    });
    const accepted = await as(sme)
      .post(`/api/consortia/${c.id}/invitations/${c.members[1].id}/accept`)
      .expect(200);
    expect(accepted.body).toMatchObject({
      id: c.members[1].id,
      status: 'accepted',
      consortium: { id: c.id, status: 'inviting' },
    });
    const again = await as(sme)
      .post(`/api/consortia/${c.id}/invitations/${c.members[1].id}/accept`)
      .expect(200);
    expect(again.body).toEqual(accepted.body);
    expect(forConsortium(await notificationsOf(large, 'invitation_accepted'), c.id)).toHaveLength(1);

    const declined = await as(third)
      .post(`/api/consortia/${c.id}/invitations/${c.members[2].id}/decline`, {
        reason: 'no_capacity',
        note: 'Fully booked until Q3',
      })
      .expect(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      declineReason: 'no_capacity',
      declineNote: 'Fully booked until Q3',
    });
    const toldLead = forConsortium(await notificationsOf(large, 'invitation_declined'), c.id);
    expect(toldLead).toHaveLength(1);
    expect(toldLead[0].bodyEn).toContain('Reason: no capacity (Fully booked until Q3)');
    // A declined firm no longer sees the team.
    await as(third).get(`/api/consortia/${c.id}`).expect(404);

    const ready = await as(large).get(`/api/consortia/${c.id}`).expect(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      memberCount: 2,
      pendingCount: 0,
      readiness: { canSubmit: true, problems: [] },
      viewer: { canSubmit: true },
    });
    expect(ready.body.team.rules.every((r: any) => r.passed)).toBe(true);

    // Only the lead's admin submits: not a plain member of the lead firm, not a member firm.
    await as(largeMember).post(`/api/consortia/${c.id}/submit`).expect(403);
    await as(sme).post(`/api/consortia/${c.id}/submit`).expect(403);
    const submitted = await as(large).post(`/api/consortia/${c.id}/submit`).expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      submittedAt: expect.any(String),
      viewer: { canEditTeam: false, canSubmit: false },
    });
    expect(forConsortium(await notificationsOf(staff, 'consortium_submitted'), c.id)).toHaveLength(1);
    await as(large).post(`/api/consortia/${c.id}/submit`).expect(409);
    const late = await as(large)
      .post(`/api/consortia/${c.id}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .expect(409);
    expect(late.body.message).toMatch(/submitted/);

    // The review queue shows it; a firm cannot decide; a decision needs a review in progress.
    const queue = await as(staff)
      .get(`/api/consortia?status=submitted&status=under_review&project=${projectId}`)
      .expect(200);
    expect(queue.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(queue.body.items[0]).toMatchObject({
      id: c.id,
      status: 'submitted',
      memberCount: 2,
      pendingCount: 0,
    });
    const decision = {
      decision: 'approved',
      reason: 'Strong platform lead with a proven SME for metering.',
      checklist: CHECKLIST,
      version: submitted.body.version,
    };
    await as(large).post(`/api/consortia/${c.id}/decision`, decision).expect(403);
    await as(staff).post(`/api/consortia/${c.id}/decision`, decision).expect(409);
    const started = await as(staff).post(`/api/consortia/${c.id}/review/start`).expect(200);
    expect(started.body).toMatchObject({
      status: 'under_review',
      viewer: { relation: 'staff', canReview: true },
    });
    await as(staff).post(`/api/consortia/${c.id}/review/start`).expect(409);

    const short = await as(staff)
      .post(`/api/consortia/${c.id}/decision`, { ...decision, reason: 'ok', version: started.body.version })
      .expect(400);
    expect(short.body.details[0].field).toBe('reason');
    const noChecklist = await as(staff)
      .post(`/api/consortia/${c.id}/decision`, {
        ...decision,
        checklist: { capabilitiesCovered: true },
        version: started.body.version,
      })
      .expect(400);
    expect(noChecklist.body.details[0].field).toMatch(/^checklist\./);
    const stale = await as(staff).post(`/api/consortia/${c.id}/decision`, decision).expect(409);
    expect(stale.body.message).toMatch(/changed since you loaded it/);

    const approved = await as(staff)
      .post(`/api/consortia/${c.id}/decision`, { ...decision, version: started.body.version })
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    expect(approved.body.decisions).toHaveLength(1);
    const stored = approved.body.decisions[0];
    expect(stored).toMatchObject({
      decision: 'approved',
      reason: decision.reason,
      checklist: CHECKLIST,
      decidedBy: { id: staff.userId, name: 'Jung Hyun' },
    });
    expect(stored.snapshot.version).toBe(started.body.version);
    expect(stored.snapshot.members.map((m: any) => [m.firmId, m.status])).toEqual([
      [large.firmId, 'accepted'],
      [sme.firmId, 'accepted'],
      [third.firmId, 'declined'],
    ]);
    expect(stored.snapshot.team.rules.map((r: any) => r.rule)).toEqual([
      'must_haves',
      'min_sme',
      'max_members',
      'local_partner',
      'lead_country_experience',
    ]);
    for (const s of [large, sme, largeMember]) {
      const told = forConsortium(await notificationsOf(s, 'consortium_decided'), c.id);
      expect(told).toHaveLength(1);
      expect(told[0].bodyEn).toContain(decision.reason);
    }
    expect(forConsortium(await notificationsOf(third, 'consortium_decided'), c.id)).toHaveLength(0);

    // Outcome after approval: selected, then the contract; not_selected is no longer possible.
    await as(large)
      .post(`/api/consortia/${c.id}/outcome`, { outcome: 'selected', date: '2026-05-04' })
      .expect(403);
    await as(staff)
      .post(`/api/consortia/${c.id}/outcome`, { outcome: 'selected', date: '2026-02-30' })
      .expect(400);
    const selected = await as(staff)
      .post(`/api/consortia/${c.id}/outcome`, { outcome: 'selected', date: '2026-05-04' })
      .expect(200);
    expect(selected.body).toMatchObject({
      status: 'approved',
      outcome: 'selected',
      outcomeDate: '2026-05-04',
    });
    await as(staff)
      .post(`/api/consortia/${c.id}/outcome`, {
        outcome: 'not_selected',
        date: '2026-05-05',
        reason: 'Lower bid won',
      })
      .expect(409);
    // A signed contract carries its value (outcome sequence: outcomes.spec.ts).
    await as(staff)
      .post(`/api/consortia/${c.id}/outcome`, { outcome: 'contract_signed', date: '2026-07-01' })
      .expect(400);
    await as(staff)
      .post(`/api/consortia/${c.id}/outcome`, {
        outcome: 'contract_signed',
        date: '2026-07-01',
        amount: 2400000,
        currency: 'USD',
      })
      .expect(200);
    await as(large).post(`/api/consortia/${c.id}/withdraw`).expect(409);

    const history = await as(sme).get(`/api/consortia/${c.id}/history?limit=100`).expect(200);
    expect(history.body.items.map((e: any) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'inviting'],
      ['member_invited', 'inviting', 'inviting'],
      ['member_invited', 'inviting', 'inviting'],
      ['invitation_accepted', 'inviting', 'inviting'],
      ['invitation_declined', 'inviting', 'ready'],
      ['submitted', 'ready', 'submitted'],
      ['review_started', 'submitted', 'under_review'],
      ['decided', 'under_review', 'approved'],
      ['outcome_recorded', 'approved', 'approved'],
      ['outcome_recorded', 'approved', 'approved'],
    ]);
    const byType = (type: string) => history.body.items.find((e: any) => e.type === type);
    expect(byType('created').actor).toEqual({ id: large.userId, name: 'Park Jiho' });
    expect(byType('invitation_declined')).toMatchObject({
      actor: { id: third.userId },
      reason: 'Fully booked until Q3',
      data: { declineReason: 'no_capacity', firmId: third.firmId },
    });
    expect(byType('decided')).toMatchObject({
      actor: { id: staff.userId, name: 'Jung Hyun' },
      reason: decision.reason,
      data: { decision: 'approved', checklist: CHECKLIST },
    });
    expect(history.body.total).toBe(10);
  });
});

describe('access', () => {
  it('answers 401 without a token on every route', async () => {
    const id = randomUUID();
    const routes: [string, string][] = [
      ['post', '/api/consortia'],
      ['get', '/api/consortia'],
      ['get', `/api/consortia/${id}`],
      ['get', `/api/consortia/${id}/history`],
      ['post', `/api/consortia/${id}/invitations`],
      ['post', `/api/consortia/${id}/invitations/${id}/accept`],
      ['post', `/api/consortia/${id}/invitations/${id}/decline`],
      ['delete', `/api/consortia/${id}/members/${id}`],
      ['patch', `/api/consortia/${id}/members/${id}`],
      ['get', '/api/invitations'],
      ['post', `/api/consortia/${id}/submit`],
      ['post', `/api/consortia/${id}/withdraw`],
      ['post', `/api/consortia/${id}/review/start`],
      ['post', `/api/consortia/${id}/decision`],
      ['post', `/api/consortia/${id}/outcome`],
    ];
    for (const [method, path] of routes) await (t.http as any)[method](path).send({}).expect(401);
  });

  it('refuses each role what it may not do (403) and hides consortia from outsiders (404)', async () => {
    const c = await readyConsortium();
    const base = `/api/consortia/${c.id}`;
    // Staff: no creating, inviting, answering, submitting, withdrawing, inbox.
    await as(staff).post('/api/consortia', { projectId: c.projectId }).expect(403);
    await as(staff)
      .post(`${base}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .expect(403);
    await as(staff).post(`${base}/invitations/${c.smeSeat}/accept`).expect(403);
    await as(staff).post(`${base}/invitations/${c.smeSeat}/decline`, { reason: 'other' }).expect(403);
    await as(staff).post(`${base}/submit`).expect(403);
    await as(staff).post(`${base}/withdraw`).expect(403);
    await as(staff).get('/api/invitations').expect(403);
    // A plain firm member reads but does not act.
    await as(largeMember).get(base).expect(200);
    await as(largeMember).post('/api/consortia', { projectId: c.projectId }).expect(403);
    await as(largeMember)
      .post(`${base}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .expect(403);
    await as(largeMember).del(`${base}/members/${c.smeSeat}`).expect(403);
    await as(largeMember).post(`${base}/withdraw`).expect(403);
    // A member firm's admin cannot run the team; the lead cannot answer for the member firm.
    const byMember = await as(sme)
      .post(`${base}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .expect(403);
    expect(byMember.body.message).toMatch(/lead firm's admin/);
    await as(sme).del(`${base}/members/${c.smeSeat}`).expect(403);
    await as(sme).patch(`${base}/members/${c.smeSeat}`, { role: 'system_integration' }).expect(403);
    await as(sme).post(`${base}/withdraw`).expect(403);
    await as(large).post(`${base}/invitations/${c.smeSeat}/decline`, { reason: 'other' }).expect(403);
    // Firms cannot review.
    for (const s of [large, sme]) {
      await as(s).post(`${base}/review/start`).expect(403);
      await as(s)
        .post(`${base}/decision`, {
          decision: 'approved',
          reason: 'Looks good',
          checklist: CHECKLIST,
          version: 1,
        })
        .expect(403);
      await as(s).post(`${base}/outcome`, { outcome: 'selected', date: '2026-01-01' }).expect(403);
    }
    // Outsiders learn nothing.
    await as(outsider).get(base).expect(404);
    await as(outsider).get(`${base}/history`).expect(404);
    await as(outsider)
      .post(`${base}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .expect(404);
    await as(outsider).post(`${base}/invitations/${c.smeSeat}/accept`).expect(404);
    await as(outsider).post(`${base}/submit`).expect(404);
    await as(outsider).post(`${base}/withdraw`).expect(404);
    const theirs = await as(outsider).get(`/api/consortia?project=${c.projectId}`).expect(200);
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    await as(staff).get(`/api/consortia/${randomUUID()}`).expect(404);
    await as(staff).get('/api/consortia/not-a-uuid').expect(400);
  });

  it('lists a firm its own consortia (led or joined) and staff everything, with filters', async () => {
    const c = await readyConsortium();
    const led = await as(large).get(`/api/consortia?project=${c.projectId}`).expect(200);
    expect(led.body.items.map((i: any) => i.id)).toEqual([c.id]);
    const joined = await as(sme).get('/api/consortia?limit=100').expect(200);
    expect(joined.body.items.map((i: any) => i.id)).toContain(c.id);
    const vn = await as(staff)
      .get(`/api/consortia?country=vn&status=ready&project=${c.projectId}`)
      .expect(200);
    expect(vn.body.items.map((i: any) => i.id)).toEqual([c.id]);
    const kg = await as(staff).get(`/api/consortia?country=KG&project=${c.projectId}`).expect(200);
    expect(kg.body.total).toBe(0);
    const bad = await as(staff).get('/api/consortia?status=pending').expect(400);
    expect(bad.body.details[0].field).toBe('status');
    await as(staff).get('/api/consortia?country=VNM').expect(400);
  });
});

describe('creating and editing the team', () => {
  it('refuses a second live consortium for the lead, unverified leads and invitees, closed projects and bad roles', async () => {
    const projectId = await newProject();
    await create(large, projectId).expect(201);
    const twice = await create(large, projectId).expect(409);
    expect(twice.body.message).toBe('Your firm already has a live consortium for this project');

    const pending = await registerFirmAdmin(t);
    const unverifiedLead = await t.http
      .post('/api/consortia')
      .set({ Authorization: `Bearer ${pending.accessToken}` })
      .send({ projectId })
      .expect(403);
    expect(unverifiedLead.body.message).toMatch(/verified/);

    const other = await newProject();
    const unverified = await create(large, other, [
      { firmId: pending.user.firm.id, role: 'solution_provider' },
    ]).expect(422);
    expect(unverified.body.details).toEqual([
      { field: 'members[0].firmId', message: expect.stringMatching(/not verified/) },
    ]);
    const unknownRole = await create(large, other, [{ firmId: sme.firmId!, role: 'astronaut' }]).expect(400);
    expect(unknownRole.body.details).toEqual([
      { field: 'members[0].role', message: 'unknown role code "astronaut"' },
    ]);
    const leadRole = await create(large, other, [{ firmId: sme.firmId!, role: 'lead' }]).expect(400);
    expect(leadRole.body.details[0].field).toBe('members[0].role');
    await create(large, other, [
      { firmId: sme.firmId!, role: 'solution_provider' },
      { firmId: sme.firmId!, role: 'solution_provider' },
    ]).expect(400);
    await create(large, other, [{ firmId: randomUUID(), role: 'solution_provider' }]).expect(404);
    await create(large, randomUUID()).expect(404);
    // Nothing of the refused attempts was written.
    expect(await t.db.manager.countBy(ConsortiumMember, { projectId: other })).toBe(0);

    const closed = await newProject({ status: 'closed' });
    const refused = await create(large, closed).expect(422);
    expect(refused.body.details[0].field).toBe('project');
  });

  it('removes members and changes roles before submission, re-deriving the status', async () => {
    const c = await readyConsortium();
    const base = `/api/consortia/${c.id}`;
    const invited = await as(large)
      .post(`${base}/invitations`, {
        firmId: fourth.firmId,
        role: 'planning_consulting',
        message: 'Data platform help?',
      })
      .expect(201);
    expect(invited.body.status).toBe('inviting');
    const seat = seatOf(invited.body, fourth.firmId!);
    expect(seat).toMatchObject({
      role: 'planning_consulting',
      status: 'invited',
      message: 'Data platform help?',
    });

    const reRoled = await as(large)
      .patch(`${base}/members/${seat.id}`, { role: 'solution_provider' })
      .expect(200);
    expect(seatOf(reRoled.body, fourth.firmId!).role).toBe('solution_provider');
    await as(large).patch(`${base}/members/${seat.id}`, { role: 'lead' }).expect(400);
    await as(large).patch(`${base}/members/${seat.id}`, { role: 'astronaut' }).expect(400);
    const leadSeat = reRoled.body.members.find((m: any) => m.isLead);
    await as(large).del(`${base}/members/${leadSeat.id}`).expect(400);

    const removed = await as(large).del(`${base}/members/${seat.id}`).expect(200);
    expect(removed.body.status).toBe('ready');
    expect(removed.body.members.find((m: any) => m.id === seat.id).status).toBe('removed');
    await as(large).del(`${base}/members/${seat.id}`).expect(409);
    expect(forConsortium(await notificationsOf(fourth, 'consortium_changed'), c.id)).toHaveLength(1);
    // A removed invitation can no longer be accepted.
    const gone = await as(fourth).post(`${base}/invitations/${seat.id}/accept`).expect(409);
    expect(gone.body.message).toBe('This invitation is already removed');

    // Removing the SME breaks the rules: back to draft.
    const draft = await as(large).del(`${base}/members/${c.smeSeat}`).expect(200);
    expect(draft.body.status).toBe('draft');
    const history = await as(large).get(`${base}/history`).expect(200);
    expect(history.body.items.slice(-4).map((e: any) => [e.type, e.toStatus])).toEqual([
      ['member_invited', 'inviting'],
      ['member_role_changed', 'inviting'],
      ['member_removed', 'ready'],
      ['member_removed', 'draft'],
    ]);
  });

  it('withdraws before a decision and frees every seat for another consortium', async () => {
    const c = await readyConsortium();
    const withdrawn = await as(large)
      .post(`/api/consortia/${c.id}/withdraw`, { reason: 'Partner priorities changed' })
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(withdrawn.body.members.map((m: any) => m.status)).toEqual(['withdrawn', 'withdrawn']);
    // The member firm still sees it (history) and is told.
    await as(sme).get(`/api/consortia/${c.id}`).expect(200);
    expect(forConsortium(await notificationsOf(sme, 'consortium_changed'), c.id)).toHaveLength(1);
    await as(large).post(`/api/consortia/${c.id}/withdraw`).expect(409);
    await as(large).post(`/api/consortia/${c.id}/submit`).expect(409);
    const again = await create(large, c.projectId, [
      { firmId: sme.firmId!, role: 'solution_provider' },
    ]).expect(201);
    expect(again.body.status).toBe('inviting');
    const history = await as(large).get(`/api/consortia/${c.id}/history`).expect(200);
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'withdrawn',
      fromStatus: 'ready',
      toStatus: 'withdrawn',
      reason: 'Partner priorities changed',
    });
  });
});

describe('submission', () => {
  it('is refused with every failing check named, and after the deadline', async () => {
    const projectId = await newProject();
    const alone = await create(large, projectId).expect(201);
    expect(alone.body.status).toBe('draft');
    const refused = await as(large).post(`/api/consortia/${alone.body.id}/submit`).expect(422);
    expect(refused.body.message).toMatch(/^The consortium cannot be submitted yet: /);
    expect(refused.body.message).toContain('Missing must-have: Smart metering');
    const fields = refused.body.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['members', 'rules.must_haves', 'rules.min_sme']));
    expect(refused.body.details.find((d: any) => d.field === 'rules.min_sme').message).toMatch(
      /^min_sme: 0 SME\/startup member\(s\); at least 1 required$/,
    );

    // A pending invitation blocks too.
    await as(large)
      .post(`/api/consortia/${alone.body.id}/invitations`, { firmId: sme.firmId, role: 'solution_provider' })
      .expect(201);
    const pendingRefusal = await as(large).post(`/api/consortia/${alone.body.id}/submit`).expect(422);
    expect(pendingRefusal.body.details.map((d: any) => d.message)).toContain(
      'pending_invitations: 1 invitation(s) still pending',
    );

    const c = await readyConsortium();
    await t.db.manager.update(
      Project,
      { id: c.projectId },
      { submissionDeadline: new Date(Date.now() - 86_400_000) },
    );
    const detail = await as(large).get(`/api/consortia/${c.id}`).expect(200);
    expect(detail.body.readiness).toMatchObject({
      canSubmit: false,
      problems: [{ code: 'deadline_passed' }],
    });
    const late = await as(large).post(`/api/consortia/${c.id}/submit`).expect(422);
    expect(late.body.details).toEqual([
      {
        field: 'project.submissionDeadline',
        message: expect.stringMatching(
          /^deadline_passed: The submission deadline \(\d{4}-\d{2}-\d{2}\) has passed$/,
        ),
      },
    ]);
    const after = await as(large).get(`/api/consortia/${c.id}`).expect(200);
    expect(after.body.status).toBe('ready');
  });

  it('goes back to the team after changes are requested, then is submitted again', async () => {
    const c = await underReview();
    const base = `/api/consortia/${c.id}`;
    const reason = 'Add a local partner letter and confirm the SME scope.';
    const changes = await as(staff)
      .post(`${base}/decision`, {
        decision: 'changes_requested',
        reason,
        checklist: { ...CHECKLIST, localPartner: false },
        version: c.version,
      })
      .expect(200);
    expect(changes.body).toMatchObject({
      status: 'changes_requested',
      viewer: { relation: 'staff', canReview: false },
    });
    const told = forConsortium(await notificationsOf(sme, 'consortium_decided'), c.id);
    expect(told[0].bodyEn).toContain(reason);
    expect(told[0].data).toMatchObject({ decision: 'changes_requested' });

    const edited = await as(large)
      .post(`${base}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .expect(201);
    expect(edited.body.status).toBe('inviting');
    const seat = seatOf(edited.body, fourth.firmId!);
    await as(fourth).post(`${base}/invitations/${seat.id}/accept`).expect(200);
    const resubmitted = await as(large).post(`${base}/submit`).expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', memberCount: 3 });
    const history = await as(staff).get(`${base}/history`).expect(200);
    expect(history.body.items.slice(-4).map((e: any) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ['decided', 'under_review', 'changes_requested'],
      ['member_invited', 'changes_requested', 'inviting'],
      ['invitation_accepted', 'inviting', 'ready'],
      ['submitted', 'ready', 'submitted'],
    ]);
  });
});

describe('the decision', () => {
  it('checks the team with the engine once and keeps the decision only in its record', async () => {
    const c = await underReview();
    // Every team assessment waits for the matching index first: one wait, one engine run.
    const settled = vi.spyOn(t.app.get(MatchingIndexService), 'settled');
    const decided = await as(staff)
      .post(`/api/consortia/${c.id}/decision`, {
        decision: 'changes_requested',
        reason: 'Add a local partner first',
        checklist: CHECKLIST,
        version: c.version,
      })
      .expect(200);
    expect(settled).toHaveBeenCalledTimes(1);
    settled.mockRestore();
    expect(decided.body.team).toEqual(decided.body.decisions[0].snapshot.team);

    const event = await t.db.manager.findOneByOrFail(ConsortiumEvent, {
      consortiumId: c.id,
      type: 'decided',
    });
    expect(event.data).toEqual({ decisionId: decided.body.decisions[0].id });
    expect(event.reason).toBeNull();
    const history = await as(staff).get(`/api/consortia/${c.id}/history?limit=100`).expect(200);
    expect(history.body.items.find((e: any) => e.type === 'decided')).toMatchObject({
      reason: 'Add a local partner first',
      data: { decisionId: event.data.decisionId, decision: 'changes_requested', checklist: CHECKLIST },
    });
  });
});

describe('concurrency', () => {
  it('lets exactly one of two simultaneous decisions win and stores one decision', async () => {
    const c = await underReview();
    const before = await notificationsOf(sme, 'consortium_decided');
    const body = (decision: string) => ({
      decision,
      reason: `Decided as ${decision}`,
      checklist: CHECKLIST,
      version: c.version,
    });
    const results = await Promise.all([
      as(staff).post(`/api/consortia/${c.id}/decision`, body('approved')),
      as(staff2).post(`/api/consortia/${c.id}/decision`, body('rejected')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await t.db.manager.findBy(ConsortiumDecisionRecord, { consortiumId: c.id });
    expect(rows).toHaveLength(1);
    const winner = results.find((r) => r.status === 200)!;
    expect(winner.body.status).toBe(rows[0].decision);
    // Only the winner's notification exists: the loser's transaction wrote nothing.
    const after = forConsortium(await notificationsOf(sme, 'consortium_decided'), c.id);
    expect(after).toHaveLength(forConsortium(before, c.id).length + 1);
    expect(after.at(-1)!.bodyEn).toContain(`Decided as ${rows[0].decision}`);
  });

  it('seats a firm in only one live consortium per project, even when two leads invite it at once', async () => {
    const projectId = await newProject();
    const a = await create(large, projectId).expect(201);
    const b = await create(outsider, projectId).expect(201);
    const inboxBefore = (await notificationsOf(third, 'invitation_received')).length;
    const outboxBefore = await outboxCount(third);
    const results = await Promise.all([
      as(large).post(`/api/consortia/${a.body.id}/invitations`, {
        firmId: third.firmId,
        role: 'solution_provider',
      }),
      as(outsider).post(`/api/consortia/${b.body.id}/invitations`, {
        firmId: third.firmId,
        role: 'solution_provider',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.message).toBe('This firm is already in another consortium for this project');
    expect(
      await t.db.manager.countBy(ConsortiumMember, { projectId, firmId: third.firmId!, status: 'invited' }),
    ).toBe(1);
    // One invitation notification and one e-mail: the refused transaction left nothing behind.
    expect((await notificationsOf(third, 'invitation_received')).length).toBe(inboxBefore + 1);
    expect(await outboxCount(third)).toBe(outboxBefore + 1);
    // Asked again later, the friendly check answers the same.
    const later = await as(large)
      .post(`/api/consortia/${a.body.id}/invitations`, { firmId: third.firmId, role: 'solution_provider' })
      .expect(409);
    expect(later.body.message).toBe('This firm is already in another consortium for this project');
  });

  it('lets the partial unique index decide when the other seat commits after the friendly check', async () => {
    const projectId = await newProject();
    const a = await create(large, projectId).expect(201);
    const b = await create(outsider, projectId).expect(201);
    // Another transaction holds an uncommitted live seat for the firm: the request's check cannot see it,
    // so its INSERT waits on the index and fails once that seat commits.
    const other = t.db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    await other.manager.insert(ConsortiumMember, {
      consortiumId: b.body.id,
      projectId,
      firmId: fourth.firmId!,
      role: 'solution_provider',
      status: 'invited',
    });
    const request = as(large)
      .post(`/api/consortia/${a.body.id}/invitations`, { firmId: fourth.firmId, role: 'solution_provider' })
      .then((r) => r);
    const waiting = async () =>
      Number(
        (
          await t.db.query(
            `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        )[0].count,
      );
    for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await waiting()).toBe(1);
    await other.commitTransaction();
    await other.release();
    const res = await request;
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      message: 'This firm is already in another consortium for this project',
      details: [{ field: 'firmId' }],
    });
    const detail = await as(large).get(`/api/consortia/${a.body.id}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'draft', version: 1, pendingCount: 0 });
  });

  it('keeps the unique index as the last word on live seats', async () => {
    const projectId = await newProject();
    const a = await create(large, projectId).expect(201);
    const seat = {
      consortiumId: a.body.id,
      projectId,
      firmId: large.firmId!,
      role: 'solution_provider',
      status: 'invited' as const,
    };
    await expect(t.db.manager.insert(ConsortiumMember, seat)).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'ux_consortium_members_project_firm' },
    });
    // Dead seats (declined, expired, removed, withdrawn) do not count.
    await t.db.manager.insert(ConsortiumMember, { ...seat, status: 'removed' });
  });
});

describe('expiry and reminders', () => {
  it('sends one reminder inside the window, then expires the invitation and tells the lead', async () => {
    const sweeper = t.app.get(InvitationSweeperService);
    const projectId = await newProject();
    const created = await create(large, projectId, [
      { firmId: sme.firmId!, role: 'solution_provider' },
    ]).expect(201);
    const seat = seatOf(created.body, sme.firmId!);
    const expiresAt = new Date(seat.expiresAt);

    // Outside the 48-hour window: nothing happens to this invitation.
    await sweeper.sweep(new Date(expiresAt.getTime() - 72 * 3_600_000));
    expect((await t.db.manager.findOneByOrFail(ConsortiumMember, { id: seat.id })).reminderSentAt).toBeNull();

    const reminderAt = new Date(expiresAt.getTime() - 24 * 3_600_000);
    const first = await sweeper.sweep(reminderAt);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await t.db.manager.findOneByOrFail(ConsortiumMember, { id: seat.id })).reminderSentAt).toEqual(
      reminderAt,
    );
    await sweeper.sweep(new Date(reminderAt.getTime() + 3_600_000));
    const reminders = forConsortium(await notificationsOf(sme, 'invitation_reminder'), created.body.id);
    expect(reminders).toHaveLength(1);

    const second = await sweeper.sweep(new Date(expiresAt.getTime() + 60_000));
    expect(second.expired).toBeGreaterThanOrEqual(1);
    const detail = await as(large).get(`/api/consortia/${created.body.id}`).expect(200);
    expect(detail.body.status).toBe('draft');
    expect(detail.body.members.find((m: any) => m.id === seat.id).status).toBe('expired');
    expect(forConsortium(await notificationsOf(large, 'invitation_expired'), created.body.id)).toHaveLength(
      1,
    );
    const expired = await as(sme)
      .post(`/api/consortia/${created.body.id}/invitations/${seat.id}/accept`)
      .expect(409);
    expect(expired.body.message).toBe('This invitation has expired');

    const history = await as(large).get(`/api/consortia/${created.body.id}/history`).expect(200);
    expect(history.body.items.slice(-2)).toMatchObject([
      { type: 'invitation_reminder_sent', actor: null },
      { type: 'invitation_expired', actor: null, fromStatus: 'inviting', toStatus: 'draft' },
    ]);
    // The seat is free again: the firm can be invited anew.
    await as(large)
      .post(`/api/consortia/${created.body.id}/invitations`, {
        firmId: sme.firmId,
        role: 'solution_provider',
      })
      .expect(201);
  });

  it('refuses an invitation past its date even before the sweeper ran', async () => {
    const projectId = await newProject();
    const created = await create(large, projectId, [
      { firmId: sme.firmId!, role: 'solution_provider' },
    ]).expect(201);
    const seat = seatOf(created.body, sme.firmId!);
    await t.db.manager.update(ConsortiumMember, { id: seat.id }, { expiresAt: new Date(Date.now() - 1000) });
    await as(sme)
      .post(`/api/consortia/${created.body.id}/invitations/${seat.id}/decline`, { reason: 'terms' })
      .expect(409);
    expect((await t.db.manager.findOneByOrFail(ConsortiumMember, { id: seat.id })).status).toBe('invited');
    expect(forConsortium(await notificationsOf(large, 'invitation_declined'), created.body.id)).toHaveLength(
      0,
    );
  });
});

describe('the invitations inbox', () => {
  it('lists pending invitations first, then recent answers, filterable by status', async () => {
    const p1 = await newProject();
    const p2 = await newProject();
    const one = await create(large, p1, [{ firmId: fourth.firmId!, role: 'solution_provider' }]).expect(201);
    const two = await create(large, p2, [{ firmId: fourth.firmId!, role: 'planning_consulting' }]).expect(
      201,
    );
    const seatTwo = seatOf(two.body, fourth.firmId!);
    await as(fourth)
      .post(`/api/consortia/${two.body.id}/invitations/${seatTwo.id}/decline`, { reason: 'not_our_field' })
      .expect(200);
    const inbox = await as(fourth).get('/api/invitations?limit=100').expect(200);
    const statuses = inbox.body.items.map((i: any) => i.status);
    expect(statuses.indexOf('declined')).toBeGreaterThan(statuses.lastIndexOf('invited'));
    expect(inbox.body.items.map((i: any) => i.consortium.id)).toEqual(
      expect.arrayContaining([one.body.id, two.body.id]),
    );
    const declinedOnly = await as(fourth).get('/api/invitations?status=declined').expect(200);
    expect(declinedOnly.body.items.every((i: any) => i.status === 'declined')).toBe(true);
    expect(declinedOnly.body.items.find((i: any) => i.id === seatTwo.id)).toMatchObject({
      declineReason: 'not_our_field',
      role: 'planning_consulting',
    });
    await as(fourth).get('/api/invitations?status=maybe').expect(400);
    // The lead's own seat is not an invitation.
    const lead = await as(large).get('/api/invitations?status=accepted&limit=100').expect(200);
    expect(lead.body.items.every((i: any) => i.role !== 'lead')).toBe(true);
  });
});
