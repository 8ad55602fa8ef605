import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@app/demo-data';
import { adminQuery, createServiceDatabase } from './local-postgres';
import { startServer, type ServerProcess } from './server-process';

/**
 * Two API processes (the built product) on ONE database behave as one system: what is changed
 * through A is seen by B within 1 s (LISTEN/NOTIFY change feed), the sign-in limit counts across
 * both (shared store), a password change on A ends the old token on B, and background jobs
 * (outbox, invitation sweeper) do each thing once.
 */

const PROPAGATION_MS = 1000;
const servers: ServerProcess[] = [];
let a: ServerProcess;
let b: ServerProcess;
let db: Awaited<ReturnType<typeof createServiceDatabase>>;
const smtp = smtpSink();
const latencies: Record<string, number> = {};

const account = (role: string, email?: string) =>
  DEMO_ACCOUNTS.find((x) => x.role === role && (!email || x.email.startsWith(email)))!;

beforeAll(async () => {
  db = await createServiceDatabase('cm_two_instances');
  const port = await smtp.listen();
  const env = {
    DATABASE_URL: db.url,
    DEMO_SYNTHETIC: 'false',
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_POLL_MS: '100',
    SWEEP_INTERVAL_MS: '300',
    // Invitations expire in 1 day, inside the 48-hour reminder window: the next sweep reminds them.
    INVITATION_EXPIRY_DAYS: '1',
    INVITATION_REMINDER_HOURS: '48',
    LOGIN_IP_RATE_LIMIT: '1000',
  };
  // A migrates and seeds the demo data; B starts on the same database afterwards.
  a = await startServer({ ...env, DEMO_DATA: 'true' });
  servers.push(a);
  b = await startServer({ ...env, DEMO_DATA: 'false' });
  servers.push(b);
}, 240_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await smtp.close();
  await db?.drop().catch(() => undefined);
  console.log('two-instance propagation (ms):', JSON.stringify(latencies));
});

async function call(server: ServerProcess, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers };
}

async function signIn(server: ServerProcess, email: string, password: string): Promise<string> {
  const res = await call(server, 'POST', '/api/auth/login', undefined, { email, password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken as string;
}

/** Polls `probe` until it returns true; returns how long that took (fails after `ms`). */
async function within(ms: number, label: string, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) {
      latencies[label] = Date.now() - started;
      return latencies[label];
    }
    if (Date.now() - started > ms) throw new Error(`${label}: not visible within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('two API processes on one database', () => {
  let staffA: string;
  let staffB: string;
  let project: { id: string; version: number; title: string; requirements: any };
  let newFirm: { id: string; token: string; tokenB: string };

  it('sees a firm verified on A in B’s matches, partner and consortium suggestions within 1 s', async () => {
    const staff = account('staff');
    staffA = await signIn(a, staff.email, staff.password);
    staffB = await signIn(b, staff.email, staff.password);
    const list = await call(a, 'GET', '/api/projects?limit=50', staffA);
    expect(list.status).toBe(200);
    const withReqs = [];
    for (const p of list.body.items as { id: string }[]) {
      const detail = await call(a, 'GET', `/api/projects/${p.id}`, staffA);
      if (
        detail.body.requirements?.capabilities?.length &&
        ['open', 'announced'].includes(detail.body.status)
      )
        withReqs.push(detail.body);
    }
    expect(withReqs.length).toBeGreaterThan(0);
    project = withReqs[0];

    // A new firm signs up on A and lists every required capability at the top level.
    const email = `two-instances-${Date.now()}@example.kr`;
    const password = 'harbour-lights-2026';
    const reg = await call(a, 'POST', '/api/auth/register', undefined, {
      email,
      password,
      name: 'Park Jiwoo',
      firm: {
        name: `Both Instances ${Date.now()}`,
        size: 'sme',
        type: 'service_solution',
        homeCountry: 'KR',
      },
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    newFirm = { id: reg.body.user.firm.id, token: reg.body.accessToken, tokenB: '' };
    const caps = await call(a, 'PUT', `/api/firms/${newFirm.id}/capabilities`, newFirm.token, {
      capabilities: project.requirements.capabilities.map((c: { code: string }) => ({
        code: c.code,
        level: 3,
      })),
    });
    expect(caps.status, JSON.stringify(caps.body)).toBe(200);
    newFirm.tokenB = await signIn(b, email, password);

    const inMatches = async () => {
      const res = await call(b, 'GET', `/api/projects/${project.id}/matches?limit=50`, staffB);
      return (res.body.items as { firm: { id: string } }[]).some((i) => i.firm.id === newFirm.id);
    };
    const partnerPath = `/api/firms/${newFirm.id}/partner-suggestions?projectId=${project.id}`;
    const consortiumPath = `/api/projects/${project.id}/consortium-suggestions?leadFirmId=${newFirm.id}`;
    // Before verification B does not match the firm.
    expect(await inMatches()).toBe(false);
    expect((await call(b, 'GET', partnerPath, newFirm.tokenB)).body.note?.code).toBe('firm_not_verified');
    expect((await call(b, 'GET', consortiumPath, staffB)).status).toBe(404);

    const verified = await call(a, 'POST', `/api/firms/${newFirm.id}/verification`, staffA, {
      decision: 'verified',
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    await within(PROPAGATION_MS, 'verification → matches', inMatches);
    await within(PROPAGATION_MS, 'verification → partner suggestions', async () => {
      const res = await call(b, 'GET', partnerPath, newFirm.tokenB);
      return res.status === 200 && res.body.note === null;
    });
    await within(PROPAGATION_MS, 'verification → consortium suggestions', async () => {
      const res = await call(b, 'GET', consortiumPath, staffB);
      return (
        res.status === 200 &&
        (res.body.teams as { members: { firmId: string; isLead: boolean }[] }[]).some((t) =>
          t.members.some((m) => m.firmId === newFirm.id && m.isLead),
        )
      );
    });
  });

  it('sees a capability change on A in B’s matches, partner and consortium suggestions within 1 s', async () => {
    const scoreOnB = async () => {
      const res = await call(b, 'GET', `/api/projects/${project.id}/matches?limit=50`, staffB);
      return (res.body.items as { firm: { id: string }; score: number }[]).find(
        (i) => i.firm.id === newFirm.id,
      )?.score;
    };
    const before = await scoreOnB();
    expect(before).toBeGreaterThan(0);
    const partnersPath = `/api/firms/${newFirm.id}/partner-suggestions?projectId=${project.id}&limit=50`;
    const partnersBefore = JSON.stringify((await call(b, 'GET', partnersPath, newFirm.tokenB)).body.items);
    const consortiumPath = `/api/projects/${project.id}/consortium-suggestions?leadFirmId=${newFirm.id}`;
    const consortiaBefore = JSON.stringify((await call(b, 'GET', consortiumPath, staffB)).body.teams);
    // Keep only one required capability, at the lowest level.
    const first = project.requirements.capabilities[0].code as string;
    const res = await call(a, 'PUT', `/api/firms/${newFirm.id}/capabilities`, newFirm.token, {
      capabilities: [{ code: first, level: 1 }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await within(PROPAGATION_MS, 'capability change → matches', async () => {
      const after = await scoreOnB();
      return after === undefined || after < before!;
    });
    // B's partner suggestions for the firm now equal A's (the source of the change) and differ from before.
    await within(PROPAGATION_MS, 'capability change → partner suggestions', async () => {
      const [onA, onB] = await Promise.all([
        call(a, 'GET', partnersPath, newFirm.token),
        call(b, 'GET', partnersPath, newFirm.tokenB),
      ]);
      const seen = JSON.stringify(onB.body.items);
      return seen !== partnersBefore && seen === JSON.stringify(onA.body.items);
    });
    await within(PROPAGATION_MS, 'capability change → consortium suggestions', async () => {
      const [onA, onB] = await Promise.all([
        call(a, 'GET', consortiumPath, staffA),
        call(b, 'GET', consortiumPath, staffB),
      ]);
      const seen = JSON.stringify(onB.body.teams);
      return seen !== consortiaBefore && seen === JSON.stringify(onA.body.teams);
    });
  });

  it('sees a project edit on A in B’s matches within 1 s', async () => {
    const title = `${project.title} (edited on A ${Date.now()})`;
    const res = await call(a, 'PATCH', `/api/projects/${project.id}`, staffA, {
      version: project.version,
      title,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await within(PROPAGATION_MS, 'project edit → matches', async () => {
      const m = await call(b, 'GET', `/api/projects/${project.id}/matches?limit=5`, staffB);
      return m.body.project.title === title;
    });
  });

  it('refuses the 11th wrong sign-in alternating A and B with 429 and Retry-After', async () => {
    const email = account('admin').email; // not signed in elsewhere in this file
    for (let i = 0; i < 10; i++) {
      const res = await call(i % 2 ? b : a, 'POST', '/api/auth/login', undefined, {
        email,
        password: 'not-the-password-1',
      });
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const limited = await call(b, 'POST', '/api/auth/login', undefined, {
      email,
      password: 'not-the-password-1',
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const onA = await call(a, 'POST', '/api/auth/login', undefined, {
      email,
      password: 'not-the-password-1',
    });
    expect(onA.status).toBe(429);
  });

  it('refuses on B, within 1 s, the access token replaced by a password change on A', async () => {
    const sme = DEMO_ACCOUNTS.find((x) => x.email.startsWith('sme@'))!;
    const token = await signIn(a, sme.email, sme.password);
    expect((await call(b, 'GET', '/api/auth/me', token)).status).toBe(200); // B caches its version now
    const changed = await call(a, 'POST', '/api/auth/password', token, {
      currentPassword: sme.password,
      newPassword: 'busan-harbour-ferry-88',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    await within(PROPAGATION_MS, 'password change → old token refused', async () => {
      return (await call(b, 'GET', '/api/auth/me', token)).status === 401;
    });
    // The new token works on both.
    expect((await call(b, 'GET', '/api/auth/me', changed.body.accessToken)).status).toBe(200);
  });

  it('sends every e-mail and every invitation reminder exactly once with both workers running', async () => {
    const large = DEMO_ACCOUNTS.find((x) => x.email.startsWith('large@'))!;
    const lead = await signIn(a, large.email, large.password);
    const leadFirm = (await call(a, 'GET', '/api/auth/me', lead)).body.firm.id as string;
    // Invite every other verified firm the matches name (one consortium, several invitations).
    const matches = await call(a, 'GET', `/api/projects/${project.id}/matches?limit=50`, lead);
    const invitees = (matches.body.items as { firm: { id: string } }[])
      .map((i) => i.firm.id)
      .filter((id) => id !== leadFirm && id !== newFirm.id)
      .slice(0, 3);
    expect(invitees.length).toBeGreaterThan(0);
    // A firm not on the platform yet is invited through a contact e-mail (its claim link is one more
    // e-mail that must go out once).
    const members = [];
    for (const [i, firmId] of invitees.entries()) {
      const firm = (await call(a, 'GET', `/api/firms/${firmId}`, lead)).body as { onPlatform: boolean };
      members.push({
        firmId,
        role: 'solution_provider',
        ...(firm.onPlatform ? {} : { contactEmail: `invitee-${i}@example.kr` }),
      });
    }
    const created = await call(a, 'POST', '/api/consortia', lead, { projectId: project.id, members });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    // Both sweepers run every 300 ms; wait until every invitation was reminded and the outbox drained.
    await within(20_000, 'reminders sent', async () => {
      const [row] = await adminQuery(
        `SELECT count(*) FILTER (WHERE reminder_sent_at IS NULL)::int AS waiting FROM consortium_members
          WHERE consortium_id = $1 AND status = 'invited'`,
        [created.body.id],
        db.url,
      );
      return row.waiting === 0;
    });
    await within(20_000, 'outbox drained', async () => {
      const [row] = await adminQuery(
        `SELECT count(*) FILTER (WHERE status <> 'sent')::int AS open FROM email_outbox`,
        [],
        db.url,
      );
      return row.open === 0;
    });
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate would arrive meanwhile

    const reminders = await adminQuery(
      `SELECT data->>'memberId' AS member, count(*)::int AS n FROM consortium_events
        WHERE consortium_id = $1 AND type = 'invitation_reminder_sent' GROUP BY 1`,
      [created.body.id],
      db.url,
    );
    expect(reminders.length).toBe(invitees.length);
    expect(reminders.every((r) => r.n === 1)).toBe(true);

    const outbox = await adminQuery<{ n: number }>(`SELECT count(*)::int AS n FROM email_outbox`, [], db.url);
    expect(outbox[0].n).toBeGreaterThan(0);
    // Every outbox row reached the SMTP server once: as many messages as rows, no Message-ID twice.
    expect(smtp.messages.length).toBe(outbox[0].n);
    const ids = smtp.messages.map((m) => /^message-id:\s*(\S+)/im.exec(m)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** A minimal SMTP server that accepts every message and keeps it (enough for nodemailer, no TLS, no auth). */
function smtpSink() {
  const messages: string[] = [];
  let server: Server | undefined;
  return {
    messages,
    listen: () =>
      new Promise<number>((resolveListen) => {
        server = createServer((socket) => {
          let buffer = '';
          let data = false;
          socket.write('220 sink ESMTP\r\n');
          socket.on('data', (chunk) => {
            buffer += chunk.toString('utf8');
            for (;;) {
              if (data) {
                const end = buffer.indexOf('\r\n.\r\n');
                if (end < 0) return;
                messages.push(buffer.slice(0, end));
                buffer = buffer.slice(end + 5);
                data = false;
                socket.write('250 OK queued\r\n');
                continue;
              }
              const eol = buffer.indexOf('\r\n');
              if (eol < 0) return;
              const line = buffer.slice(0, eol);
              buffer = buffer.slice(eol + 2);
              const verb = line.slice(0, 4).toUpperCase();
              if (verb === 'EHLO' || verb === 'HELO') socket.write('250-sink\r\n250 8BITMIME\r\n');
              else if (verb === 'DATA') {
                data = true;
                socket.write('354 end with .\r\n');
              } else if (verb === 'QUIT') {
                socket.end('221 bye\r\n');
                return;
              } else socket.write('250 OK\r\n');
            }
          });
          socket.on('error', () => undefined);
        });
        server.listen(0, '127.0.0.1', () => resolveListen((server!.address() as { port: number }).port));
      }),
    close: () => new Promise<void>((r) => (server ? server.close(() => r()) : r())),
  };
}
