import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoData } from '@app/demo-data';
import { MatchResultCache } from '@app/matching-api';
import { Project } from '@app/projects';
import { createTestApp, type TestApp } from '../support/test-app';
import { registerFirmAdmin } from '../support/factories';

// The matching answers are cached serialized, keyed by project load stamp, match-index version and
// query. These tests prove the keys move with the data: every change below goes through the API
// (the same events another instance's change is re-emitted as), and the next answer reflects it.

interface Session {
  token: string;
  firmId: string;
}

let t: TestApp;
let madiun: Project;
let large: Session; // LG CNS admin
let sme: Session; // DSPOne admin
let staff: Session;

const bearer = (s: Session) => ({ Authorization: `Bearer ${s.token}` });
const get = (path: string, s: Session) => t.http.get(path).set(bearer(s));

async function demoLogin(email: string): Promise<Session> {
  const res = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { token: res.body.accessToken, firmId: res.body.user.firm?.id ?? null };
}

const cache = () => t.app.get(MatchResultCache);

beforeAll(async () => {
  t = await createTestApp({}, { beforeInit: (db) => seedDemoData(db) });
  madiun = await t.db.manager.findOneByOrFail(Project, { program: 'K-City Network 2022', city: 'Madiun' });
  large = await demoLogin('large@demo.consortium-match.kr');
  sme = await demoLogin('sme@demo.consortium-match.kr');
  staff = await demoLogin('staff@demo.consortium-match.kr');
});
afterAll(() => t?.close());

describe('cached matching answers', () => {
  it('serves a repeated request from the cache with an ETag, and answers If-None-Match with 304', async () => {
    const url = `/api/projects/${madiun.id}/matches?limit=30&size=large&size=mid`;
    const misses = cache().misses;
    const first = await get(url, sme).expect(200);
    expect(first.get('content-type')).toMatch(/^application\/json/);
    expect(first.get('cache-control')).toBe('private, no-cache');
    const etag = String(first.get('etag'));
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[\w-]+"$/);
    // Same query, parameters in another order, another viewer: one computation, same bytes.
    const second = await get(`/api/projects/${madiun.id}/matches?size=mid&limit=30&size=large`, staff).expect(
      200,
    );
    expect(second.text).toBe(first.text);
    expect(second.get('etag')).toBe(etag);
    expect(cache().misses).toBe(misses + 1);

    const notModified = await get(url, sme).set('If-None-Match', etag).expect(304);
    expect(notModified.text ?? '').toBe('');
    await get(url, sme).set('If-None-Match', 'W/"0-other"').expect(200);
  });

  it('a capability change shows in the next matches, partner and consortium answers (and the old ETag no longer matches)', async () => {
    const matches = `/api/projects/${madiun.id}/matches?limit=50&size=large`;
    const partners = `/api/firms/${large.firmId}/partner-suggestions?projectId=${madiun.id}`;
    const consortia = `/api/projects/${madiun.id}/consortium-suggestions?leadFirmId=${large.firmId}`;
    const before = await get(matches, large).expect(200);
    const partnersBefore = await get(partners, large).expect(200);
    const consortiaBefore = await get(consortia, large).expect(200);
    const mine = (body: any) => body.items.find((i: any) => i.firm.id === large.firmId);
    const required = mine(before.body).requirements.map((r: any) => r.code) as string[];
    expect(mine(before.body).requirements.every((r: any) => r.covered)).toBe(false);
    expect(partnersBefore.body.items.some((i: any) => i.fills.length > 0)).toBe(true);

    // LG CNS now declares every capability the project asks for, at the top level.
    await t.http
      .put(`/api/firms/${large.firmId}/capabilities`)
      .set(bearer(large))
      .send({ capabilities: required.map((code) => ({ code, level: 3 })) })
      .expect(200);

    const after = await get(matches, large)
      .set('If-None-Match', String(before.get('etag')))
      .expect(200);
    expect(after.get('etag')).not.toBe(before.get('etag'));
    expect(mine(after.body).requirements.every((r: any) => r.covered)).toBe(true);
    expect(mine(after.body).score).toBeGreaterThan(mine(before.body).score);
    // Nothing left to fill for a firm that covers every requirement itself.
    const partnersAfter = await get(partners, large).expect(200);
    expect(partnersAfter.body.items.every((i: any) => i.fills.length === 0)).toBe(true);
    const consortiaAfter = await get(consortia, large).expect(200);
    expect(consortiaAfter.get('etag')).not.toBe(consortiaBefore.get('etag'));
    const leadMember = consortiaAfter.body.teams[0].members.find((m: any) => m.firmId === large.firmId);
    expect(leadMember).toBeDefined();
  });

  it('a newly verified firm joins the next answer; a project edit changes the next answer', async () => {
    const matches = `/api/projects/${madiun.id}/matches?limit=5`;
    const before = await get(matches, sme).expect(200);
    const pending = await registerFirmAdmin(t);
    await t.http
      .post(`/api/firms/${pending.user.firm.id}/verification`)
      .set(bearer(staff))
      .send({ decision: 'verified' })
      .expect(200);
    const verified = await get(matches, sme).expect(200);
    expect(verified.body.candidates).toBe(before.body.candidates + 1);

    const consortia = `/api/projects/${madiun.id}/consortium-suggestions`;
    const teamsBefore = await get(consortia, staff).expect(200);
    expect(Math.max(...teamsBefore.body.teams.map((tm: any) => tm.members.length))).toBeGreaterThan(2);
    const project = await t.http.get(`/api/projects/${madiun.id}`).set(bearer(staff)).expect(200);
    await t.http
      .patch(`/api/projects/${madiun.id}`)
      .set(bearer(staff))
      .send({
        version: project.body.version,
        title: 'Madiun (edited)',
        requirements: {
          teamRules: { ...project.body.requirements.teamRules, minSmeMembers: 0, maxMembers: 2 },
        },
      })
      .expect(200);
    const edited = await get(matches, sme).expect(200);
    expect(edited.body.project.title).toBe('Madiun (edited)');
    const teamsAfter = await get(consortia, staff).expect(200);
    expect(teamsAfter.body.teams.length).toBeGreaterThan(0);
    for (const team of teamsAfter.body.teams) expect(team.members.length).toBeLessThanOrEqual(2);
  });

  it("never hands one viewer another's viewer-specific answer", async () => {
    // LG CNS's partner suggestions are cached now; DSPOne asking for them is still refused.
    const lgPartners = `/api/firms/${large.firmId}/partner-suggestions?projectId=${madiun.id}`;
    const lg = await get(lgPartners, large).expect(200);
    await get(lgPartners, sme).expect(403);
    const own = await get(`/api/firms/${sme.firmId}/partner-suggestions?projectId=${madiun.id}`, sme).expect(
      200,
    );
    expect(own.body.firmId).toBe(sme.firmId);
    expect(own.body.items.map((i: any) => i.firm.id)).not.toContain(sme.firmId);
    expect(own.text).not.toBe(lg.text);

    // Project matches per firm: each firm gets its own list.
    const lgProjects = await get(`/api/firms/${large.firmId}/project-matches`, large).expect(200);
    await get(`/api/firms/${large.firmId}/project-matches`, sme).expect(403);
    const smeProjects = await get(`/api/firms/${sme.firmId}/project-matches`, sme).expect(200);
    expect(lgProjects.body.firmId).toBe(large.firmId);
    expect(smeProjects.body.firmId).toBe(sme.firmId);

    // A consortium led by LG CNS is cached; DSPOne may not ask for it (own lead only).
    const led = `/api/projects/${madiun.id}/consortium-suggestions?leadFirmId=${large.firmId}`;
    await get(led, large).expect(200);
    await get(led, sme).expect(403);
    await get(led, staff).expect(200);
  });
});
