import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { createUserAccount } from '@app/auth';
import { ROLES, type Role } from '@app/common';
import { bootstrapConfig } from '../boot';
import { createDataSource, migrate } from '../database';

const USAGE =
  'Usage: npm run create-user -- --role staff|admin|... --email E [--password P] [--name N] [--firm-id UUID]';

function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      'firm-id': { type: 'string' },
    },
  });
  if (!values.email || !values.role || !ROLES.includes(values.role as Role)) {
    console.error(`${USAGE}\nroles: ${ROLES.join(', ')}`);
    return 2;
  }
  const password = values.password ?? (await askHidden('Password: '));
  const { config, db } = await bootstrapConfig();
  try {
    await migrate(config.databaseUrl);
    const ds = await createDataSource(config.databaseUrl).initialize();
    try {
      const user = await createUserAccount(ds, {
        email: values.email,
        password,
        name: values.name ?? values.email.split('@')[0],
        role: values.role as Role,
        firmId: values['firm-id'] ?? null,
      });
      console.log(`Created ${user.role} ${user.email} (${user.id})`);
      return 0;
    } finally {
      await ds.destroy();
    }
  } catch (e) {
    // HttpExceptions (a taken e-mail) carry their response's message too.
    console.error(`Could not create the user: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await db.stop();
  }
}

void main().then((code) => process.exit(code));
