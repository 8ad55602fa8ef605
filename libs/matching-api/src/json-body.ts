import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { BoundedCache } from './bounded-cache';

/** A serialized JSON answer and its ETag (a hash of exactly these bytes, valid on every instance). */
export interface JsonBody {
  json: string;
  etag: string;
}

export function toJsonBody(value: unknown): JsonBody {
  const json = JSON.stringify(value);
  const hash = createHash('sha1').update(json).digest('base64url');
  return { json, etag: `W/"${Buffer.byteLength(json).toString(16)}-${hash}"` };
}

/**
 * Sends a cached body: `ETag` set from the cache (Express then answers a matching If-None-Match
 * with 304 and does not hash the body again). `private, no-cache`: browsers revalidate every time
 * and shared caches never keep an authenticated answer. Returned to Nest, which sends the string.
 */
export function sendJsonBody(res: Response, body: JsonBody): string {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', body.etag);
  return body.json;
}

/** Up to 2,000 answers or 48 MB of JSON, least recently used out first. */
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 48 * 1024 * 1024;

/**
 * Serialized matching answers keyed by everything they depend on (project load stamp, match-index
 * version, query, the asking firm where the answer depends on it). Keys change when the data does,
 * so correctness never depends on time; the bound only limits memory.
 */
@Injectable()
export class MatchResultCache {
  private readonly bodies = new BoundedCache<JsonBody>(MAX_ENTRIES, MAX_BYTES);
  hits = 0;
  misses = 0;

  /** The cached body for `key`, or `compute()` serialized and remembered. */
  body(key: string, compute: () => unknown): JsonBody {
    const hit = this.bodies.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const body = toJsonBody(compute());
    this.bodies.set(key, body, body.json.length);
    return body;
  }

  clear(): void {
    this.bodies.clear();
  }
}
