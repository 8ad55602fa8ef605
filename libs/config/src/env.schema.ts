import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every environment variable the product reads. The README's configuration table mirrors this. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default('.data/postgres'),
  DEMO_DATA: bool.optional(),
  DEMO_SYNTHETIC: bool.default(true),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOGIN_IP_RATE_LIMIT: z.coerce.number().int().min(1).default(50),
  /** Sign-ups per client IP per hour. */
  SIGNUP_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Requests per signed-in user per minute to the costly matching routes (matches, suggestions, team preview). */
  MATCHING_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  CORS_ORIGINS: z.string().default(''),
  /** Which proxies' X-Forwarded-For is believed (Express `trust proxy`): `loopback`, `uniquelocal`, a hop count or addresses. */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v): string | number | boolean =>
      /^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v,
    ),
  WEB_DIST: z.string().default('dist/web'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** pretty: one readable line per event (default in development on a terminal); json: one JSON object per line. */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  /** One log line per HTTP request (at info level). */
  LOG_REQUESTS: bool.default(true),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Consortium Match <no-reply@consortium-match.local>'),
  MAIL_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
  MATCH_NOTIFY_THRESHOLD: z.coerce.number().min(0).max(100).default(70),
  INVITATION_EXPIRY_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  INVITATION_REMINDER_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  /** How often each instance checks change_versions for changes it missed (0 = only after a reconnect). */
  CHANGE_FEED_CHECK_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** Redis/Valkey for the rate-limit counters; unset = counters in PostgreSQL (shared by every instance either way). */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** On SIGTERM/SIGINT: how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  /** How often the partner-request e-mail digest runs (0: never). */
  PARTNER_DIGEST_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400_000)
    .default(86_400_000),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment once, failing fast with one readable line per bad variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  - JWT_SECRET: required in production (at least 32 characters)',
    );
  }
  return env;
}
