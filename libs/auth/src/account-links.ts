import type { Request } from 'express';
import type { AppConfig } from '@app/config';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Base URL of links in account e-mails: PUBLIC_URL when set, else the request's origin. The Host
 * header is the client's to choose, so in production an origin is only trusted when it is loopback or
 * one of CORS_ORIGINS: otherwise anyone could have a reset link for someone else's account point to
 * their own server (reset-link poisoning).
 */
export function accountLinkBase(config: AppConfig, req: Request): string {
  const { PUBLIC_URL, NODE_ENV, CORS_ORIGINS, PORT } = config.env;
  if (PUBLIC_URL) return PUBLIC_URL;
  const origin = `${req.protocol}://${req.get('host')}`;
  if (NODE_ENV !== 'production') return origin;
  const allowed = CORS_ORIGINS.split(',').map((o) => o.trim().replace(/\/+$/, ''));
  return LOOPBACK.has(req.hostname) || allowed.includes(origin) ? origin : `http://localhost:${PORT}`;
}
