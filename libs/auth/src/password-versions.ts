import { Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChangeFeed } from '@app/database';
import { User } from './entities/user.entity';

export const PASSWORD_VERSION_TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

/** The access token's `pwdv` claim: password_changed_at in epoch milliseconds (0 when never set). */
export const passwordVersion = (user: Pick<User, 'passwordChangedAt'>): number =>
  user.passwordChangedAt?.getTime() ?? 0;

/** A user's current version, or null when the user no longer exists. */
export type PasswordVersionLoader = (userId: string) => Promise<number | null>;

/**
 * Each user's password version, cached per process for a short time so checking access tokens costs
 * no query on most requests. A change made in this process replaces the entry at once; the other
 * instances hear it through the ChangeFeed and drop their entry (next request re-reads it), so an
 * old token is refused everywhere within the feed's latency; the TTL only bounds how stale an entry
 * can get if the feed itself is down.
 */
export class PasswordVersionCache {
  private readonly entries = new Map<string, { version: number | null; expiresAt: number }>();
  private readonly loading = new Map<string, Promise<number | null>>();

  constructor(
    private readonly load: PasswordVersionLoader,
    private readonly ttlMs = PASSWORD_VERSION_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async get(userId: string): Promise<number | null> {
    const hit = this.entries.get(userId);
    if (hit && hit.expiresAt > this.now()) return hit.version;
    const pending = this.loading.get(userId);
    if (pending) return pending; // concurrent misses for one user share one query
    const loaded = this.load(userId).then((version) => {
      // A change recorded meanwhile wins over this (possibly older) read.
      if (this.loading.get(userId) === loaded) this.store(userId, version);
      return version;
    });
    this.loading.set(userId, loaded);
    return loaded.finally(() => {
      if (this.loading.get(userId) === loaded) this.loading.delete(userId);
    });
  }

  /** Call after the change committed. */
  changed(userId: string, version: number): void {
    this.loading.delete(userId);
    this.store(userId, version);
  }

  /** Drops one user's entry (another instance changed their password or ended their sessions). */
  forget(userId: string): void {
    this.loading.delete(userId);
    this.entries.delete(userId);
  }

  /** Drops every entry (changes may have been missed). */
  clear(): void {
    this.loading.clear();
    this.entries.clear();
  }

  private store(userId: string, version: number | null): void {
    if (this.entries.size >= MAX_ENTRIES) this.prune();
    this.entries.set(userId, { version, expiresAt: this.now() + this.ttlMs });
  }

  private prune(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(id);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}

/** The change-feed kind of password changes and session revocations (id = user id). */
export const PASSWORD_CHANGE = 'password';

@Injectable()
export class PasswordVersions extends PasswordVersionCache {
  constructor(
    dataSource: DataSource,
    @Optional() private readonly feed?: ChangeFeed,
  ) {
    super(async (id) => {
      const user = await dataSource.manager.findOne(User, {
        select: { id: true, passwordChangedAt: true },
        where: { id },
      });
      return user ? passwordVersion(user) : null;
    });
    feed?.subscribe(PASSWORD_CHANGE, (userId) => this.forget(userId));
    feed?.onResync(PASSWORD_CHANGE, () => this.clear());
  }

  /** Records the change here and tells every other instance (call after the commit). */
  changed(userId: string, version: number): void {
    super.changed(userId, version);
    void this.feed?.publish(PASSWORD_CHANGE, userId);
  }
}
