import { randomUUID } from 'node:crypto';
import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Client, type Notification } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';

/** The one PostgreSQL channel every API instance listens on. */
export const CHANGE_CHANNEL = 'cm_changes';

/** The listener connection's application_name (visible in pg_stat_activity). */
export const CHANGE_FEED_APPLICATION = 'consortium-match change feed';

/** What one NOTIFY says: which thing changed, which instance changed it and the kind's new version. */
export interface ChangeNotice {
  kind: string;
  id: string;
  origin: string;
  version: number;
}

type ChangeHandler = (id: string, notice: ChangeNotice) => void;
type ResyncHandler = () => void;

export interface ChangeFeedOptions {
  /** How often the listener compares change_versions with what it heard (the safety net). 0 = never. */
  checkIntervalMs: number;
  /** First reconnect delay; doubles up to maxBackoffMs. */
  minBackoffMs: number;
  maxBackoffMs: number;
}

const DEFAULTS: ChangeFeedOptions = { checkIntervalMs: 5000, minBackoffMs: 250, maxBackoffMs: 10_000 };

/**
 * Cross-instance change feed over PostgreSQL LISTEN/NOTIFY. Every instance keeps per-process
 * caches (match index, password versions, …) that its in-process events (FirmEvents,
 * ProjectEvents, …) keep current; this feed carries those events to the other instances:
 *
 * - `publish(kind, id)` runs after the change committed: one statement bumps the kind's counter in
 *   `change_versions` and `pg_notify`s {kind, id, origin, version} (delivered when it commits);
 * - a dedicated connection LISTENs; a notice from another instance goes to the `subscribe`rs of its
 *   kind (which re-emit it as the local event); the instance's own notices are ignored;
 * - the connection reconnects with backoff; after a reconnect every kind is resynced (`onResync`
 *   handlers reload everything), since notices sent while disconnected are lost;
 * - every `checkIntervalMs` it reads `change_versions`; a kind whose counter is ahead of the last
 *   version heard is resynced too (a silently dead connection, a NOTIFY lost in between).
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ChangeFeed.name);
  /** This process's id in the notices (so it can ignore its own). */
  readonly origin = randomUUID();
  private readonly handlers = new Map<string, ChangeHandler[]>();
  private readonly resyncs = new Map<string, ResyncHandler[]>();
  /** Highest version heard (or published) per kind. */
  private readonly heard = new Map<string, number>();
  private client?: Client;
  private connected = false;
  private everConnected = false;
  private closed = false;
  private backoff: number;
  private reconnectTimer?: NodeJS.Timeout;
  private checkTimer?: NodeJS.Timeout;
  private readonly options: ChangeFeedOptions;
  private readonly listeners = new Set<(notice: ChangeNotice) => void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.options = { ...DEFAULTS, checkIntervalMs: config.env.CHANGE_FEED_CHECK_MS };
    this.backoff = this.options.minBackoffMs;
  }

  /** Handles another instance's change of this kind (call from the constructor of the local event source). */
  subscribe(kind: string, handler: ChangeHandler): void {
    this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), handler]);
  }

  /** Called when changes of this kind may have been missed: reload everything of that kind. */
  onResync(kind: string, handler: ResyncHandler): void {
    this.resyncs.set(kind, [...(this.resyncs.get(kind) ?? []), handler]);
  }

  /** For tests and diagnostics: every notice heard from other instances. */
  onNotice(listener: (notice: ChangeNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isListening(): boolean {
    return this.connected;
  }

  /**
   * Tells the other instances that `id` of `kind` changed. Call after the change committed. Never
   * throws (a failed publish is logged; the other instances catch up at their next version check
   * only if a later publish succeeds, or at a reconnect).
   */
  async publish(kind: string, id: string): Promise<void> {
    try {
      const rows: { version: string }[] = await this.dataSource.query(
        `WITH v AS (
           INSERT INTO change_versions (kind, version) VALUES ($1, 1)
           ON CONFLICT (kind) DO UPDATE SET version = change_versions.version + 1, changed_at = now()
           RETURNING version)
         SELECT v.version, pg_notify($2, json_build_object('kind', $1::text, 'id', $3::text,
                'origin', $4::text, 'version', v.version)::text)
           FROM v`,
        [kind, CHANGE_CHANNEL, id, this.origin],
      );
      this.hear(kind, Number(rows[0]?.version ?? 0));
    } catch (e) {
      this.logger.error(`Change feed publish failed (${kind} ${id}): ${(e as Error).message}`);
    }
  }

  async onModuleInit(): Promise<void> {
    // The first connection is awaited, so caches that load in onApplicationBootstrap load after LISTEN.
    await this.connect().catch(() => {
      // Caches load without the feed; the first successful connection then resyncs them.
      this.everConnected = true;
      this.scheduleReconnect();
    });
    if (this.options.checkIntervalMs > 0) {
      this.checkTimer = setInterval(() => void this.check(), this.options.checkIntervalMs);
      this.checkTimer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.checkTimer);
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({
      connectionString: this.config.databaseUrl,
      connectionTimeoutMillis: 3000,
      keepAlive: true,
      application_name: CHANGE_FEED_APPLICATION,
    });
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    client.on('notification', (n) => this.received(n));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      const versions = await this.versions(client);
      const reconnect = this.everConnected;
      this.connected = true;
      this.everConnected = true;
      this.backoff = this.options.minBackoffMs;
      if (reconnect) {
        this.logger.warn('Change feed reconnected: resyncing every cache');
        for (const [kind, version] of versions) this.hear(kind, version);
        this.resyncAll();
      } else {
        for (const [kind, version] of versions) this.hear(kind, version);
      }
    } catch (e) {
      this.client = undefined;
      await client.end().catch(() => undefined);
      throw e;
    }
  }

  private lost(client: Client, e?: Error): void {
    if (client !== this.client || this.closed) return;
    this.logger.warn(`Change feed connection lost${e ? `: ${e.message}` : ''}; reconnecting`);
    this.client = undefined;
    this.connected = false;
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.options.maxBackoffMs);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().catch(() => this.scheduleReconnect());
    }, delay);
    this.reconnectTimer.unref();
  }

  private received(n: Notification): void {
    if (n.channel !== CHANGE_CHANNEL || !n.payload) return;
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(n.payload) as ChangeNotice;
    } catch {
      return;
    }
    if (typeof notice.kind !== 'string' || typeof notice.id !== 'string') return;
    this.hear(notice.kind, Number(notice.version));
    if (notice.origin === this.origin) return;
    for (const listener of this.listeners) listener(notice);
    for (const handler of this.handlers.get(notice.kind) ?? []) {
      try {
        handler(notice.id, notice);
      } catch (e) {
        this.logger.error(`Change handler for ${notice.kind} failed: ${(e as Error).message}`);
      }
    }
  }

  private hear(kind: string, version: number): void {
    if (Number.isFinite(version) && version > (this.heard.get(kind) ?? 0)) this.heard.set(kind, version);
  }

  /** The safety net: a counter ahead of what this instance heard means it missed a notice. */
  private async check(): Promise<void> {
    if (!this.connected || !this.client) return;
    try {
      const versions = await this.versions(this.client);
      for (const [kind, version] of versions) {
        if (version > (this.heard.get(kind) ?? 0)) {
          this.logger.warn(`Change feed: missed ${kind} changes (version ${version}); resyncing`);
          this.hear(kind, version);
          this.resync(kind);
        }
      }
    } catch {
      // The connection's error handler reconnects (and resyncs).
    }
  }

  private async versions(client: Client): Promise<Map<string, number>> {
    const { rows } = await client.query<{ kind: string; version: string }>(
      `SELECT kind, version FROM change_versions`,
    );
    return new Map(rows.map((r) => [r.kind, Number(r.version)]));
  }

  private resyncAll(): void {
    for (const kind of this.resyncs.keys()) this.resync(kind);
  }

  private resync(kind: string): void {
    for (const handler of this.resyncs.get(kind) ?? []) {
      try {
        handler();
      } catch (e) {
        this.logger.error(`Resync of ${kind} failed: ${(e as Error).message}`);
      }
    }
  }
}

/** Provides the one ChangeFeed of the process to every module (imported once by the app). */
@Global()
@Module({ providers: [ChangeFeed], exports: [ChangeFeed] })
export class ChangeFeedModule {}
