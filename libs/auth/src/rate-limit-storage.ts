import { Inject, Injectable, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';

/** What the throttler guard needs back from one counted hit (times in seconds, as @nestjs/throttler's own storages). */
export interface RateLimitHit {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * Rate-limit counters in PostgreSQL (`rate_limit_hits`, unlogged), so every API instance on the
 * database counts the same hits. One atomic upsert per hit: a fixed window of `ttl` ms per key; the
 * hit past `limit` blocks the key for `blockDuration` ms; a hit after the window (or the block)
 * ended starts a new window. Expired rows are swept once a minute.
 */
export class PostgresRateLimitStore {
  private sweeper?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<RateLimitHit> {
    this.ensureSweep();
    const rows: { hits: number; expires_in: number; blocked_in: number | null }[] =
      await this.dataSource.query(
        // Autocommit: now() is this statement's time, the same in every expression below.
        `INSERT INTO rate_limit_hits AS r (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + $2 * interval '1 ms', CASE WHEN 1 > $3 THEN now() + $4 * interval '1 ms' END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() OR r.blocked_until <= now() THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.expires_at <= now() OR r.blocked_until <= now()
                           THEN excluded.expires_at ELSE r.expires_at END,
         blocked_until = CASE
           WHEN r.blocked_until > now() THEN r.blocked_until
           WHEN r.blocked_until IS NULL AND r.expires_at > now() AND r.hits + 1 > $3
             THEN now() + $4 * interval '1 ms'
           ELSE NULL END
       RETURNING hits,
         ceil(extract(epoch FROM expires_at - now()))::int AS expires_in,
         ceil(extract(epoch FROM blocked_until - now()))::int AS blocked_in`,
        [key, ttl, limit, blockDuration],
      );
    const row = rows[0];
    const blockedIn = row.blocked_in ?? 0;
    return {
      totalHits: Number(row.hits),
      timeToExpire: Math.max(0, Number(row.expires_in)),
      isBlocked: blockedIn > 0,
      timeToBlockExpire: Math.max(0, blockedIn),
    };
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private ensureSweep(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => {
      this.dataSource
        .query(
          `DELETE FROM rate_limit_hits
            WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
        )
        .catch(() => undefined);
    }, 60_000);
    this.sweeper.unref();
  }
}

/**
 * The throttler's storage, shared by every API instance: Redis/Valkey when REDIS_URL is set
 * (@nest-lab/throttler-storage-redis), otherwise PostgreSQL.
 */
@Injectable()
export class RateLimitStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger(RateLimitStorage.name);
  private readonly redis?: ThrottlerStorageRedisService;
  private readonly postgres?: PostgresRateLimitStore;

  constructor(@Inject(APP_CONFIG) config: AppConfig, dataSource: DataSource) {
    if (config.env.REDIS_URL) {
      this.redis = new ThrottlerStorageRedisService(config.env.REDIS_URL, {
        maxRetriesPerRequest: 2,
        connectTimeout: 3000,
      });
      this.redis.redis.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    } else {
      this.postgres = new PostgresRateLimitStore(dataSource);
    }
  }

  get backend(): 'redis' | 'postgres' {
    return this.redis ? 'redis' : 'postgres';
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<RateLimitHit> {
    return this.redis
      ? this.redis.increment(key, ttl, limit, blockDuration, throttlerName)
      : this.postgres!.increment(key, ttl, limit, blockDuration);
  }

  onModuleDestroy(): void {
    this.postgres?.close();
    this.redis?.onModuleDestroy();
  }
}

@Module({ providers: [RateLimitStorage], exports: [RateLimitStorage] })
export class RateLimitStorageModule {}
