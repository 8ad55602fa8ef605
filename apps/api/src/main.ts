import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError } from '@app/config';
import { DEMO_ACCOUNTS, DEMO_PARTNER_ACCOUNTS, seedDemoData } from '@app/demo-data';
import { bootstrapConfig, createApp } from './boot';
import { shutdownGracefully } from './graceful-shutdown';
import { migrate, type ResolvedDatabase } from './database';
import { syncReferenceData } from './reference-data';

async function main(): Promise<void> {
  let db: ResolvedDatabase | undefined;
  try {
    const boot = await bootstrapConfig();
    db = boot.db;
    const { config } = boot;
    const applied = await migrate(config.databaseUrl);
    const app = await createApp(config);
    await syncReferenceData(app.get(DataSource));
    const demo = config.env.DEMO_DATA ?? config.embedded;
    const seeded = demo
      ? await seedDemoData(app.get(DataSource), { synthetic: config.env.DEMO_SYNTHETIC })
      : null;
    await app.listen(config.env.PORT, config.env.HOST);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(
        `\n${signal} received: stopping the app${db?.embedded ? ' and the embedded PostgreSQL' : ''}...`,
      );
      // Stop accepting, let requests in flight finish, stop the workers, close the pool (graceful-shutdown.ts).
      // Not app.enableShutdownHooks(): Nest's own signal handler re-raises the signal after closing, which
      // would kill the process before the embedded PostgreSQL is stopped; the hooks run in app.close().
      const report = await shutdownGracefully(app, config.env.SHUTDOWN_TIMEOUT_MS).catch((e: Error) => {
        console.error('Shutdown error:', e);
        return undefined;
      });
      if (report && !report.drained)
        console.error(
          `${report.abandoned} request(s) still running after ${config.env.SHUTDOWN_TIMEOUT_MS} ms were cut`,
        );
      await db?.stop().catch(() => undefined);
      process.exit(report ? 0 : 1);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));

    const url = `http://localhost:${(app.getHttpServer().address() as { port: number }).port}`;
    const lines = [
      '',
      `Consortium Match is running at ${url}  (API ${url}/api, docs ${url}/api/docs)`,
      `Database: ${config.embedded ? `embedded PostgreSQL in ${config.env.DATA_DIR}` : 'DATABASE_URL'}` +
        (applied.length ? `; applied migrations: ${applied.join(', ')}` : ''),
    ];
    if (demo) {
      if (seeded && seeded.firms + seeded.projects + seeded.accounts > 0) {
        lines.push(
          `Demo data loaded: ${seeded.projects} projects, ${seeded.firms} firms, ${seeded.accounts} accounts.`,
        );
      }
      lines.push('Demo sign-in accounts:');
      for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.email.padEnd(34)} ${a.password}   ${a.description}`);
      lines.push(
        `  + ${DEMO_PARTNER_ACCOUNTS.length} demo partner admins (partner-<firm>@demo.consortium-match.kr, same password; see README)`,
      );
    }
    console.log(lines.join('\n') + '\n');
  } catch (e) {
    await db?.stop().catch(() => undefined);
    if (e instanceof ConfigError) {
      console.error(e.message);
    } else {
      console.error('Failed to start:', e);
    }
    process.exit(1);
  }
}

void main();
