import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '@app/auth';
import { FirmClaim } from '@app/claims';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { Firm, FirmCapability, FirmSolution, FirmTrackRecord } from '@app/firms';
import { EmailOutbox } from '@app/mail';
import { Notification } from '@app/notifications';
import { createTestApp, type TestApp } from '../support/test-app';
import { PASSWORD, registration } from '../support/factories';

/**
 * Every route of the generated openapi.json, called as six actors against resources owned by firm A.
 * The expected outcome of each call is a row in ROUTES; a route missing from the table fails the test,
 * so a new route cannot slip in unchecked (OWASP API1/API5: object- and function-level authorization).
 */

const ACTORS = ['anon', 'adminB', 'memberA', 'staff', 'admin', 'adminA'] as const; // call order: the owner last
type Actor = (typeof ACTORS)[number];
/** 'ok': authorization passed (2xx, or 409/422 for a business-state refusal); 'deny': 403 or 404. */
type Outcome = 'ok' | 'deny' | 400 | 401 | 403 | 404;

interface Fixtures {
  firmA: string;
  firmB: string;
  firmC: string;
  projectId: string;
  solutionA: string;
  recordA: string;
  consortiumA: string;
  seatCInA: string;
  invitationOfA: { id: string; seat: string };
  notificationOfA: string;
  /** A pending claim (of an unclaimed firm invited by firm A with a contact e-mail). */
  claim: string;
  capabilitiesA: { code: string; level: number }[];
  /** A firm no actor belongs to (blocked and unblocked). */
  firmD: string;
  /** The direct thread of firms A and C, with a message of C. */
  threadAC: string;
  messageInAC: string;
  /** Firm A's open partner request. */
  partnerRequestOfA: string;
}

interface Row {
  expect: Record<Actor, Outcome>;
  /** Path parameters (may create fresh resources so mutations do not disturb other rows). */
  params?: (f: Fixtures) => Promise<Record<string, string>> | Record<string, string>;
  query?: (f: Fixtures) => string;
  body?: (f: Fixtures) => object;
  /** Runs after each actor's call, e.g. to sign an actor in again after a route that ends its sessions. */
  after?: (actor: Actor) => Promise<void>;
}

const all = (o: Outcome): Record<Actor, Outcome> => ({
  anon: o,
  adminB: o,
  memberA: o,
  staff: o,
  admin: o,
  adminA: o,
});
const signedIn = (o: Outcome = 'ok'): Record<Actor, Outcome> => ({ ...all(o), anon: 401 });
/** Only firm A's admin may do it. */
const ownerAdminOnly: Record<Actor, Outcome> = {
  anon: 401,
  adminB: 403,
  memberA: 403,
  staff: 403,
  admin: 403,
  adminA: 'ok',
};
/** Firm A's users and staff; another firm is refused. */
const firmAOrStaff: Record<Actor, Outcome> = {
  anon: 401,
  adminB: 403,
  memberA: 'ok',
  staff: 'ok',
  admin: 'ok',
  adminA: 'ok',
};
const adminOnly: Record<Actor, Outcome> = {
  anon: 401,
  adminB: 403,
  memberA: 403,
  staff: 403,
  admin: 'ok',
  adminA: 403,
};
const staffOnly: Record<Actor, Outcome> = {
  anon: 401,
  adminB: 403,
  memberA: 403,
  staff: 'ok',
  admin: 'ok',
  adminA: 403,
};
/** Lead firm A's admin only; other firms do not even see the consortium. */
const leadAdminOnly: Record<Actor, Outcome> = {
  anon: 401,
  adminB: 'deny',
  memberA: 403,
  staff: 403,
  admin: 403,
  adminA: 'ok',
};

/** Firm users of any firm; staff and admins have no firm inbox. */
const firmUsersOnly: Record<Actor, Outcome> = {
  anon: 401,
  adminB: 'ok',
  memberA: 'ok',
  staff: 403,
  admin: 403,
  adminA: 'ok',
};
/** Any firm's admin, for its own firm. */
const firmAdminsOnly: Record<Actor, Outcome> = { ...firmUsersOnly, memberA: 403 };

let t: TestApp;
const tokens = {} as Record<Exclude<Actor, 'anon'>, string>;
let f: Fixtures;
/** Firm C's admin: leads the consortium that invites firm A. Not an actor of the matrix. */
let adminC: string;

const CHECKLIST = {
  capabilitiesCovered: true,
  smeParticipation: true,
  localPartner: true,
  financingRoute: true,
  eligibility: true,
};

async function newProject(): Promise<string> {
  const res = await t.http
    .post('/api/projects')
    .set('Authorization', `Bearer ${tokens.staff}`)
    .send({
      title: `Authorization matrix pilot ${randomUUID().slice(0, 6)}`,
      countryCode: 'VN',
      track: 'solution_pilot',
      sectors: ['governance'],
      status: 'open',
      requirements: {
        capabilities: [{ code: 'governance.smart_city_platform', weight: 3, mustHave: true }],
        roles: ['lead'],
        teamRules: { minSmeMembers: 0, maxMembers: 4 },
      },
    })
    .expect(201);
  return res.body.id;
}

/** A fresh consortium led by `leadToken`'s firm inviting `invitee`, returning the invitee's seat. */
async function consortium(leadToken: string, invitee: string): Promise<{ id: string; seat: string }> {
  const res = await t.http
    .post('/api/consortia')
    .set('Authorization', `Bearer ${leadToken}`)
    .send({ projectId: await newProject(), members: [{ firmId: invitee, role: 'solution_provider' }] })
    .expect(201);
  return {
    id: res.body.id,
    seat: res.body.members.find((m: { firm: { id: string } }) => m.firm.id === invitee).id,
  };
}

const partnerRequest = () => ({
  title: 'Matrix partner request',
  description: 'Seeking a platform partner',
  capabilities: ['governance.smart_city_platform'],
  expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
});

async function partnerRequestOfA(): Promise<string> {
  const res = await t.http
    .post('/api/partner-requests')
    .set('Authorization', `Bearer ${tokens.adminA}`)
    .send(partnerRequest())
    .expect(201);
  return res.body.id;
}

/** A fresh contact request from firm C to firm A (a new project each time, so none is a duplicate). */
async function contactRequestToA(x: Fixtures): Promise<string> {
  const res = await t.http
    .post('/api/contact-requests')
    .set('Authorization', `Bearer ${adminC}`)
    .send({ toFirmId: x.firmA, projectId: await newProject(), message: 'Matrix request' })
    .expect(201);
  return res.body.id;
}

const ROUTES: Record<string, Row> = {
  // Public authentication routes: they answer the same for everyone.
  'POST /api/auth/register': { expect: all('ok'), body: () => registration() },
  'POST /api/auth/login': {
    expect: all('ok'),
    body: () => ({ email: 'large@demo.consortium-match.kr', password: DEMO_PASSWORD }),
  },
  'POST /api/auth/refresh': { expect: all(401) }, // no refresh cookie sent
  'POST /api/auth/set-password': {
    expect: all(400),
    body: () => ({ token: 'x'.repeat(40), password: 'a-long-new-passphrase' }),
  },
  'POST /api/auth/logout': { expect: signedIn() },
  'GET /api/auth/me': { expect: signedIn() },
  'PATCH /api/auth/me': { expect: signedIn(), body: () => ({ locale: 'ko' }) },
  'POST /api/auth/sessions/revoke-all': { expect: signedIn(), after: (actor) => relogin(actor) },
  'GET /api/health': { expect: all('ok') },
  'GET /api/health/live': { expect: all('ok') },
  'GET /api/health/ready': { expect: all('ok') },
  // Account routes (behaviour in sessions.spec.ts), with bodies that change nothing.
  'POST /api/auth/password-reset/request': {
    expect: all('ok'),
    body: () => ({ email: `nobody-${randomUUID().slice(0, 8)}@example.kr` }),
  },
  'POST /api/auth/password-reset/confirm': {
    expect: all(400),
    body: () => ({ token: 'x'.repeat(40), password: 'a-long-new-passphrase' }),
  },
  'POST /api/auth/password': {
    expect: signedIn(400),
    body: () => ({ currentPassword: 'not-the-password-1', newPassword: 'a-long-new-passphrase' }),
  },
  'POST /api/auth/verify-email': { expect: all(400), body: () => ({ token: 'x'.repeat(40) }) },
  'POST /api/auth/verify-email/resend': { expect: signedIn() }, // demo and CLI accounts are verified: 409
  'GET /api/taxonomy': { expect: all('ok') },

  // Firms
  'GET /api/firms': { expect: signedIn() },
  'GET /api/firms/{id}': { expect: signedIn(), params: (x) => ({ id: x.firmA }) },
  'PATCH /api/firms/{id}': {
    expect: ownerAdminOnly,
    params: (x) => ({ id: x.firmA }),
    body: () => ({ description: 'Updated in the authorization matrix' }),
  },
  'PUT /api/firms/{id}/capabilities': {
    expect: ownerAdminOnly,
    params: (x) => ({ id: x.firmA }),
    body: (x) => ({ capabilities: x.capabilitiesA }),
  },
  'POST /api/firms/{id}/verification': {
    expect: staffOnly,
    params: (x) => ({ id: x.firmA }),
    body: () => ({ decision: 'verified' }),
  },
  'GET /api/firms/{firmId}/members': { expect: firmAOrStaff, params: (x) => ({ firmId: x.firmA }) },
  'POST /api/firms/{firmId}/members': {
    expect: ownerAdminOnly,
    params: (x) => ({ firmId: x.firmA }),
    body: () => ({ email: `colleague-${randomUUID().slice(0, 8)}@example.kr`, name: 'Colleague' }),
  },
  'GET /api/firms/{id}/solutions': { expect: signedIn(), params: (x) => ({ id: x.firmA }) },
  'POST /api/firms/{id}/solutions': {
    expect: ownerAdminOnly,
    params: (x) => ({ id: x.firmA }),
    body: () => ({ name: 'Matrix solution', maturity: 'pilot-proven' }),
  },
  'PATCH /api/firms/{id}/solutions/{solutionId}': {
    expect: ownerAdminOnly,
    params: (x) => ({ id: x.firmA, solutionId: x.solutionA }),
    body: () => ({ description: 'Edited' }),
  },
  'DELETE /api/firms/{id}/solutions/{solutionId}': {
    expect: ownerAdminOnly,
    params: async (x) => {
      const s = await t.db.manager.save(FirmSolution, {
        firmId: x.firmA,
        name: 'To delete',
        maturity: 'concept' as const,
        capabilityCodes: [],
        certifications: [],
        referenceSites: [],
      });
      return { id: x.firmA, solutionId: s.id };
    },
  },
  'GET /api/firms/{id}/track-records': { expect: signedIn(), params: (x) => ({ id: x.firmA }) },
  'POST /api/firms/{id}/track-records': {
    expect: ownerAdminOnly,
    params: (x) => ({ id: x.firmA }),
    body: () => ({ countryCode: 'VN', projectTitle: 'Hanoi ITS upgrade', year: 2022 }),
  },
  'PATCH /api/firms/{id}/track-records/{recordId}': {
    expect: ownerAdminOnly,
    params: (x) => ({ id: x.firmA, recordId: x.recordA }),
    body: () => ({ city: 'Hanoi' }),
  },
  'DELETE /api/firms/{id}/track-records/{recordId}': {
    expect: ownerAdminOnly,
    params: async (x) => {
      const r = await t.db.manager.save(FirmTrackRecord, {
        firmId: x.firmA,
        countryCode: 'VN',
        projectTitle: 'To delete',
      });
      return { id: x.firmA, recordId: r.id };
    },
  },
  'GET /api/firms/{id}/support-programs': { expect: signedIn(), params: (x) => ({ id: x.firmA }) },
  'GET /api/support-programs': { expect: signedIn() },

  // Projects (staff write, everyone signed in reads)
  'GET /api/projects': { expect: signedIn() },
  'GET /api/projects/export.csv': { expect: signedIn() },
  'GET /api/projects/{id}': { expect: signedIn(), params: (x) => ({ id: x.projectId }) },
  'POST /api/projects': {
    expect: staffOnly,
    body: () => ({
      title: 'Staff-only project',
      countryCode: 'ID',
      track: 'master_plan',
      sectors: ['planning'],
      status: 'announced',
      requirements: { capabilities: [], roles: [], teamRules: { minSmeMembers: 0 } },
    }),
  },
  'PATCH /api/projects/{id}': {
    expect: staffOnly,
    params: (x) => ({ id: x.projectId }),
    body: () => ({ version: 1, city: 'Hue' }),
  },
  // The matrix sends JSON, so staff pass the guard and then get 400 for the missing file
  // (project-import.spec.ts uploads real files as each actor).
  'POST /api/projects/import': {
    expect: { ...staffOnly, staff: 400, admin: 400 },
    query: () => 'dryRun=true',
  },
  'GET /api/countries': { expect: signedIn() },

  // Matching
  'GET /api/projects/{id}/matches': { expect: signedIn(), params: (x) => ({ id: x.projectId }) },
  'GET /api/projects/{id}/consortium-suggestions': {
    expect: signedIn(),
    params: (x) => ({ id: x.projectId }),
  },
  'GET /api/firms/{id}/project-matches': { expect: firmAOrStaff, params: (x) => ({ id: x.firmA }) },
  'GET /api/firms/{id}/partner-suggestions': {
    expect: firmAOrStaff,
    params: (x) => ({ id: x.firmA }),
    query: (x) => `projectId=${x.projectId}`,
  },
  'POST /api/matching/team-preview': {
    expect: signedIn(),
    body: (x) => ({
      projectId: x.projectId,
      members: [{ firmId: x.firmA, role: 'lead' }, { firmId: x.firmB }],
    }),
  },

  // Consortia
  'POST /api/consortia': {
    expect: { anon: 401, adminB: 'ok', memberA: 403, staff: 403, admin: 403, adminA: 'ok' },
    body: (x) => ({ projectId: x.projectId, members: [] }),
  },
  'GET /api/consortia': { expect: signedIn() },
  'GET /api/consortia/{id}': {
    expect: { ...firmAOrStaff, adminB: 404 },
    params: (x) => ({ id: x.consortiumA }),
  },
  'GET /api/consortia/{id}/history': {
    expect: { ...firmAOrStaff, adminB: 404 },
    params: (x) => ({ id: x.consortiumA }),
  },
  'POST /api/consortia/{id}/invitations': {
    expect: leadAdminOnly,
    params: (x) => ({ id: x.consortiumA }),
    body: (x) => ({ firmId: x.firmC, role: 'solution_provider' }),
  },
  'PATCH /api/consortia/{id}/members/{memberId}': {
    expect: leadAdminOnly,
    params: (x) => ({ id: x.consortiumA, memberId: x.seatCInA }),
    body: () => ({ role: 'system_integration' }),
  },
  'DELETE /api/consortia/{id}/members/{memberId}': {
    expect: leadAdminOnly,
    params: async (x) => {
      const c = await consortium(tokens.adminA, x.firmC);
      return { id: c.id, memberId: c.seat };
    },
  },
  'POST /api/consortia/{id}/submit': { expect: leadAdminOnly, params: (x) => ({ id: x.consortiumA }) },
  'POST /api/consortia/{id}/withdraw': {
    expect: leadAdminOnly,
    params: async (x) => ({ id: (await consortium(tokens.adminA, x.firmC)).id }),
    body: () => ({ reason: 'Matrix test' }),
  },
  'GET /api/invitations': {
    expect: { anon: 401, adminB: 'ok', memberA: 'ok', staff: 403, admin: 403, adminA: 'ok' },
  },
  'POST /api/consortia/{id}/invitations/{memberId}/accept': {
    expect: { anon: 401, adminB: 'deny', memberA: 403, staff: 403, admin: 403, adminA: 'ok' },
    params: (x) => ({ id: x.invitationOfA.id, memberId: x.invitationOfA.seat }),
  },
  'POST /api/consortia/{id}/invitations/{memberId}/decline': {
    expect: { anon: 401, adminB: 'deny', memberA: 403, staff: 403, admin: 403, adminA: 'ok' },
    params: async (x) => {
      const c = await consortium(adminC, x.firmA);
      return { id: c.id, memberId: c.seat };
    },
    body: () => ({ reason: 'no_capacity' }),
  },
  'POST /api/consortia/{id}/review/start': { expect: staffOnly, params: (x) => ({ id: x.consortiumA }) },
  'POST /api/consortia/{id}/decision': {
    expect: staffOnly,
    params: (x) => ({ id: x.consortiumA }),
    body: () => ({ decision: 'approved', reason: 'Matrix test decision', checklist: CHECKLIST, version: 1 }),
  },
  'POST /api/consortia/{id}/outcome': {
    expect: staffOnly,
    params: (x) => ({ id: x.consortiumA }),
    body: () => ({ outcome: 'selected', date: '2026-11-01' }),
  },

  // Claims of firms not yet on the platform (behaviour in claims.spec.ts)
  'POST /api/claims/invitation': { expect: all(400), body: () => ({ token: 'x'.repeat(43) }) },
  'POST /api/claims': {
    expect: all(400),
    body: () => ({ token: 'x'.repeat(43), name: 'Nobody', password: 'a-long-new-passphrase' }),
  },
  'GET /api/claims/mine': {
    expect: { anon: 401, adminB: 'ok', memberA: 'ok', staff: 403, admin: 403, adminA: 'ok' },
  },
  'GET /api/claims': { expect: staffOnly },
  'POST /api/claims/{id}/decision': {
    expect: staffOnly, // staff approve (200), admin then meets a decided claim (409)
    params: (x) => ({ id: x.claim }),
    body: () => ({ decision: 'approved', reason: 'Matrix test' }),
  },
  'GET /api/consortia/{id}/outcomes': {
    expect: { anon: 401, adminB: 'deny', memberA: 'ok', staff: 'ok', admin: 'ok', adminA: 'ok' },
    params: (x) => ({ id: x.consortiumA }),
  },
  'POST /api/consortia/{id}/outcomes': {
    expect: leadAdminOnly, // the owner meets a consortium that is not approved (409)
    params: (x) => ({ id: x.consortiumA }),
    body: () => ({ outcome: 'bid_submitted', date: '2026-12-01' }),
  },
  'POST /api/consortia/{id}/outcomes/{outcomeId}/review': {
    // Staff pass authorization and meet an unknown outcome (404); nobody else gets that far.
    expect: { anon: 401, adminB: 403, memberA: 403, staff: 404, admin: 404, adminA: 403 },
    params: (x) => ({ id: x.consortiumA, outcomeId: randomUUID() }),
    body: () => ({ decision: 'confirmed' }),
  },

  // Staff dashboard
  'GET /api/dashboard/summary': { expect: staffOnly },
  'GET /api/dashboard/review-queue.csv': { expect: staffOnly },
  'GET /api/dashboard/decisions.csv': { expect: staffOnly },
  'GET /api/dashboard/firm-funnel': { expect: staffOnly },
  'GET /api/dashboard/firm-funnel.csv': { expect: staffOnly },

  // Notifications: only one's own
  'GET /api/notifications': { expect: signedIn() },
  'GET /api/notifications/unread-count': { expect: signedIn() },
  'POST /api/notifications/read-all': { expect: signedIn() },
  // Messaging: consortium threads for its members (staff once submitted), direct threads for their two firms
  'GET /api/consortia/{id}/messages': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 404, admin: 404, adminA: 'ok' },
    params: (x) => ({ id: x.consortiumA }),
  },
  'POST /api/consortia/{id}/messages': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 403, admin: 403, adminA: 'ok' },
    params: (x) => ({ id: x.consortiumA }),
    body: () => ({ body: 'Matrix message' }),
  },
  'GET /api/threads': { expect: firmUsersOnly },
  'GET /api/threads/{id}/messages': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 404, admin: 404, adminA: 'ok' },
    params: (x) => ({ id: x.threadAC }),
  },
  'POST /api/threads/{id}/messages': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 403, admin: 403, adminA: 'ok' },
    params: (x) => ({ id: x.threadAC }),
    body: () => ({ body: 'Matrix message' }),
  },
  'POST /api/contact-requests': {
    expect: firmUsersOnly,
    body: (x) => ({ toFirmId: x.firmC, message: 'Matrix request' }),
  },
  'GET /api/contact-requests': { expect: firmUsersOnly },
  'POST /api/contact-requests/{id}/accept': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 403, admin: 403, adminA: 'ok' },
    params: async (x) => ({ id: await contactRequestToA(x) }),
  },
  'POST /api/contact-requests/{id}/decline': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 403, admin: 403, adminA: 'ok' },
    params: async (x) => ({ id: await contactRequestToA(x) }),
    body: () => ({ reason: 'Matrix test' }),
  },
  'POST /api/messages/{id}/report': {
    expect: { anon: 401, adminB: 404, memberA: 'ok', staff: 404, admin: 404, adminA: 'ok' },
    params: (x) => ({ id: x.messageInAC }),
    body: () => ({ reason: 'Matrix report' }),
  },
  'GET /api/blocked-firms': { expect: firmAdminsOnly },
  'POST /api/blocked-firms': { expect: firmAdminsOnly, body: (x) => ({ firmId: x.firmD }) },
  'DELETE /api/blocked-firms/{id}': { expect: firmAdminsOnly, params: (x) => ({ id: x.firmD }) },

  // Partner requests: everyone signed in browses; firm admins publish and close their own; firm users reply
  'GET /api/partner-requests': { expect: signedIn() },
  'POST /api/partner-requests': {
    expect: { anon: 401, adminB: 'ok', memberA: 403, staff: 403, admin: 403, adminA: 'ok' },
    body: () => partnerRequest(),
  },
  'GET /api/partner-requests/{id}': { expect: signedIn(), params: (x) => ({ id: x.partnerRequestOfA }) },
  'POST /api/partner-requests/{id}/close': {
    expect: ownerAdminOnly,
    params: async () => ({ id: await partnerRequestOfA() }),
  },
  'POST /api/partner-requests/{id}/reply': {
    // Firm A replying to its own request is a business refusal (403), like another firm's B is allowed.
    expect: { anon: 401, adminB: 'ok', memberA: 403, staff: 403, admin: 403, adminA: 403 },
    params: (x) => ({ id: x.partnerRequestOfA }),
    body: () => ({ message: 'Matrix reply' }),
  },

  'POST /api/notifications/{id}/read': {
    expect: { anon: 401, adminB: 404, memberA: 404, staff: 404, admin: 404, adminA: 'ok' },
    params: (x) => ({ id: x.notificationOfA }),
  },

  // Saved searches: only one's own
  'GET /api/saved-searches': { expect: signedIn() },
  'POST /api/saved-searches': {
    expect: signedIn(),
    body: () => ({ name: 'Matrix', kind: 'projects', filters: { country: ['VN'] }, notify: 'none' }),
  },
  'PATCH /api/saved-searches/{id}': {
    expect: { anon: 401, adminB: 404, memberA: 404, staff: 404, admin: 404, adminA: 'ok' },
    params: async () => ({ id: await savedSearchOfA() }),
    body: () => ({ name: 'Renamed' }),
  },
  'DELETE /api/saved-searches/{id}': {
    expect: { anon: 401, adminB: 404, memberA: 404, staff: 404, admin: 404, adminA: 'ok' },
    params: async () => ({ id: await savedSearchOfA() }),
  },

  // Admin: users and the audit log
  'GET /api/admin/users': { expect: adminOnly },
  'POST /api/admin/users': {
    expect: adminOnly,
    body: () => ({
      email: `matrix-${randomUUID().slice(0, 8)}@example.kr`,
      name: 'Matrix Staff',
      role: 'staff',
    }),
  },
  'PATCH /api/admin/users/{id}/role': {
    expect: adminOnly,
    params: async () => ({ id: await throwawayStaff() }),
    body: () => ({ role: 'admin' }),
  },
  'POST /api/admin/users/{id}/deactivate': {
    expect: adminOnly,
    params: async () => ({ id: await throwawayStaff() }),
  },
  'POST /api/admin/users/{id}/reactivate': {
    expect: adminOnly,
    params: async () => ({ id: await throwawayStaff() }),
  },
  'POST /api/admin/users/{id}/revoke-sessions': {
    expect: adminOnly,
    params: async () => ({ id: await throwawayStaff() }),
  },
  'GET /api/admin/audit': { expect: adminOnly },
};

const ACTOR_LOGINS: Record<Exclude<Actor, 'anon'>, [string, string?]> = {
  adminA: ['large@demo.consortium-match.kr'],
  adminB: ['sme@demo.consortium-match.kr'],
  memberA: ['member-a@example.kr', PASSWORD],
  staff: ['staff@demo.consortium-match.kr'],
  admin: ['admin@demo.consortium-match.kr'],
};

async function relogin(actor: Actor): Promise<void> {
  if (actor === 'anon') return;
  const [email, password] = ACTOR_LOGINS[actor];
  tokens[actor] = await login(email, password);
}

async function savedSearchOfA(): Promise<string> {
  const res = await t.http
    .post('/api/saved-searches')
    .set('Authorization', `Bearer ${tokens.adminA}`)
    .send({ name: 'Matrix A', kind: 'projects', filters: {}, notify: 'none' })
    .expect(201);
  return res.body.id;
}

async function throwawayStaff(): Promise<string> {
  const user = await createUserAccount(t.db, {
    email: `throwaway-${randomUUID().slice(0, 8)}@example.kr`,
    password: PASSWORD,
    name: 'Throwaway Staff',
    role: 'staff',
  });
  return user.id;
}

function matches(outcome: Outcome, status: number): boolean {
  if (outcome === 'ok') return (status >= 200 && status < 300) || status === 409 || status === 422;
  if (outcome === 'deny') return status === 403 || status === 404;
  return status === outcome;
}

function specRoutes(): string[] {
  const spec = JSON.parse(readFileSync(resolve(__dirname, '../../openapi.json'), 'utf8'));
  return Object.entries(spec.paths as Record<string, object>).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
}

async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return res.body.accessToken;
}

beforeAll(async () => {
  t = await createTestApp(
    { SWEEP_INTERVAL_MS: '0', LOGIN_RATE_LIMIT: '1000' },
    { beforeInit: (db) => seedDemoData(db, { synthetic: false }) },
  );
  const firm = (ref: string) => t.db.manager.findOneByOrFail(Firm, { sourceRef: ref });
  const [a, b, c, d] = await Promise.all([firm('lg-cns'), firm('dspone'), firm('kt'), firm('j-sys')]);
  await createUserAccount(t.db, {
    email: 'member-a@example.kr',
    password: PASSWORD,
    name: 'Member A',
    role: 'firm_member',
    firmId: a.id,
  });
  await createUserAccount(t.db, {
    email: 'admin-c@example.kr',
    password: PASSWORD,
    name: 'Admin C',
    role: 'firm_admin',
    firmId: c.id,
  });
  tokens.adminA = await login('large@demo.consortium-match.kr');
  tokens.adminB = await login('sme@demo.consortium-match.kr');
  tokens.memberA = await login('member-a@example.kr', PASSWORD);
  tokens.staff = await login('staff@demo.consortium-match.kr');
  tokens.admin = await login('admin@demo.consortium-match.kr');
  adminC = await login('admin-c@example.kr', PASSWORD);

  const solution = await t.db.manager.save(FirmSolution, {
    firmId: a.id,
    name: 'Smart city platform',
    maturity: 'commercial' as const,
    capabilityCodes: [],
    certifications: [],
    referenceSites: [],
  });
  const record = await t.db.manager.save(FirmTrackRecord, {
    firmId: a.id,
    countryCode: 'VN',
    projectTitle: 'Da Nang IOC',
  });
  const capabilities = (await t.db.manager.findBy(FirmCapability, { firmId: a.id })).map((x) => ({
    code: x.capabilityCode,
    level: x.level,
  }));
  const ownConsortium = await consortium(tokens.adminA, c.id);
  const invitation = await consortium(adminC, a.id);
  const adminAUser = (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${tokens.adminA}`)).body
    .id;
  const notification = await t.db.manager.findOneByOrFail(Notification, { userId: adminAUser });
  const request = await t.http
    .post('/api/contact-requests')
    .set('Authorization', `Bearer ${adminC}`)
    .send({ toFirmId: a.id, message: 'Shall we talk?' })
    .expect(201);
  const accepted = await t.http
    .post(`/api/contact-requests/${request.body.id}/accept`)
    .set('Authorization', `Bearer ${tokens.adminA}`)
    .expect(200);
  const messageOfC = await t.http
    .post(`/api/threads/${accepted.body.threadId}/messages`)
    .set('Authorization', `Bearer ${adminC}`)
    .send({ body: 'Hello A' })
    .expect(201);
  // A firm without any user, invited by e-mail; the claim link from the outbox signs someone up.
  const unclaimed = await firm('k-water');
  await t.http
    .post('/api/consortia')
    .set('Authorization', `Bearer ${tokens.adminA}`)
    .send({
      projectId: await newProject(),
      members: [{ firmId: unclaimed.id, role: 'solution_provider', contactEmail: 'claim@kwater.example' }],
    })
    .expect(201);
  const mail = await t.db.manager.findOneByOrFail(EmailOutbox, { toAddress: 'claim@kwater.example' });
  const token = decodeURIComponent(/\/claim\?token=([\w-]+)/.exec(mail.textBody)![1]);
  await t.http.post('/api/claims').send({ token, name: 'Claimant', password: PASSWORD }).expect(201);
  const claim = await t.db.manager.findOneByOrFail(FirmClaim, { firmId: unclaimed.id });
  f = {
    partnerRequestOfA: await partnerRequestOfA(),
    firmD: d.id,
    threadAC: accepted.body.threadId,
    messageInAC: messageOfC.body.id,
    firmA: a.id,
    firmB: b.id,
    firmC: c.id,
    projectId: await newProject(),
    solutionA: solution.id,
    recordA: record.id,
    consortiumA: ownConsortium.id,
    seatCInA: ownConsortium.seat,
    invitationOfA: invitation,
    notificationOfA: notification.id,
    claim: claim.id,
    capabilitiesA: capabilities,
  };
}, 180_000);
afterAll(() => t?.close());

describe('authorization matrix', () => {
  it('has one row for every route in openapi.json, and no stale rows', () => {
    const routes = specRoutes();
    expect(
      routes.filter((r) => !ROUTES[r]),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((r) => !routes.includes(r)),
      'rows for routes that no longer exist',
    ).toEqual([]);
  });

  for (const [route, row] of Object.entries(ROUTES)) {
    it(route, async () => {
      const [method, template] = route.split(' ');
      const failures: string[] = [];
      for (const actor of ACTORS) {
        const params = (await row.params?.(f)) ?? {};
        const path =
          template.replace(/\{(\w+)\}/g, (_, k: string) => params[k]) + (row.query ? `?${row.query(f)}` : '');
        let req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
        if (actor !== 'anon') req = req.set('Authorization', `Bearer ${tokens[actor]}`);
        const res = row.body ? await req.send(row.body(f)) : await req;
        await row.after?.(actor);
        if (!matches(row.expect[actor], res.status))
          failures.push(
            `${actor}: expected ${row.expect[actor]}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
          );
        if (res.status >= 500) failures.push(`${actor}: server error`);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('property-level access', () => {
  const asA = () => ({ Authorization: `Bearer ${tokens.adminA}` });

  it('a firm cannot set its own verification status, sample flag or source', async () => {
    for (const body of [
      { verificationStatus: 'verified' },
      { verificationReason: 'self-approved' },
      { isSample: true },
      { sourceRef: 'kt' },
    ]) {
      const res = await t.http.patch(`/api/firms/${f.firmA}`).set(asA()).send(body).expect(400);
      expect(res.body.details[0].field).toBe(Object.keys(body)[0]);
    }
    const firm = await t.db.manager.findOneByOrFail(Firm, { id: f.firmA });
    expect(firm).toMatchObject({ verificationStatus: 'verified', isSample: false, sourceRef: 'lg-cns' });
  });

  it("refuses another firm's ids in nested bodies and paths", async () => {
    const solutionB = await t.db.manager.save(FirmSolution, {
      firmId: f.firmB,
      name: 'B only',
      maturity: 'concept' as const,
      capabilityCodes: [],
      certifications: [],
      referenceSites: [],
    });
    await t.http
      .patch(`/api/firms/${f.firmA}/solutions/${solutionB.id}`)
      .set(asA())
      .send({ name: 'Taken over' })
      .expect(404);
    await t.http.delete(`/api/firms/${f.firmA}/solutions/${solutionB.id}`).set(asA()).expect(404);
    expect((await t.db.manager.findOneByOrFail(FirmSolution, { id: solutionB.id })).name).toBe('B only');
    await t.http
      .post(`/api/firms/${f.firmA}/solutions`)
      .set(asA())
      .send({ name: 'Smuggled', maturity: 'concept', firmId: f.firmB })
      .expect(400);
    await t.http
      .post(`/api/firms/${f.firmA}/track-records`)
      .set(asA())
      .send({ countryCode: 'VN', projectTitle: 'Smuggled', firmId: f.firmB })
      .expect(400);
    expect(await t.db.manager.countBy(FirmSolution, { firmId: f.firmB, name: 'Smuggled' })).toBe(0);
  });

  it('a firm cannot make a consortium in another firm’s name or answer its invitations', async () => {
    const res = await t.http
      .post('/api/consortia')
      .set(asA())
      .send({ projectId: f.projectId, leadFirmId: f.firmB, members: [] })
      .expect(400);
    expect(res.body.details[0].field).toBe('leadFirmId');
    const inviteB = await consortium(tokens.adminA, f.firmB);
    await t.http
      .post(`/api/consortia/${inviteB.id}/invitations/${inviteB.seat}/accept`)
      .set(asA())
      .expect(403);
  });
});
