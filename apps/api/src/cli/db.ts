import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bootstrapConfig } from '../boot';
import { createDataSource } from '../database';

const USAGE =
  'Usage: npm run migration:run | migration:revert | migration:show | migration:generate -- <Name>';

/** Migration commands against the same database `npm start` uses (embedded or DATABASE_URL). */
async function main(command: string | undefined, name: string | undefined): Promise<number> {
  if (
    !command ||
    !['run', 'revert', 'show', 'generate'].includes(command) ||
    (command === 'generate' && !name)
  ) {
    console.error(USAGE);
    return 2;
  }
  const { config, db } = await bootstrapConfig({ ...process.env, LOG_LEVEL: 'silent' });
  try {
    if (command === 'generate') {
      // TypeORM's generator diffs the entities against the live schema: run it on the resolved URL.
      const cli = resolve('node_modules/typeorm/cli.js');
      const out = resolve('libs/database/src/migrations', name as string);
      const r = spawnSync(
        process.execPath,
        [cli, 'migration:generate', out, '-d', resolve(__dirname, 'data-source.js')],
        {
          stdio: 'inherit',
          env: { ...process.env, DATABASE_URL: config.databaseUrl },
        },
      );
      if (r.status === 0) console.log('Now add the new class to libs/database/src/migrations/index.ts.');
      return r.status ?? 1;
    }
    const ds = await createDataSource(config.databaseUrl).initialize();
    try {
      if (command === 'run') {
        const applied = await ds.runMigrations({ transaction: 'each' });
        console.log(
          applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.',
        );
      } else if (command === 'revert') {
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
      } else {
        const pending = await ds.showMigrations();
        console.log(pending ? 'There are pending migrations.' : 'All migrations are applied.');
      }
      return 0;
    } finally {
      await ds.destroy();
    }
  } finally {
    await db.stop();
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
