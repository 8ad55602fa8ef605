import type { Env } from './env.schema';

/** Resolved runtime configuration: env plus what the launcher decided (database URL, secret). */
export interface AppConfig {
  env: Env;
  databaseUrl: string;
  jwtSecret: string;
  /** True when the database is the embedded one started by this process. */
  embedded: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
