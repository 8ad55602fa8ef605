import { createSecretKey, type KeyObject } from 'node:crypto';

const keys = new WeakMap<object, KeyObject>();

/**
 * The HS256 secret as a `KeyObject`, made once per config. Given a string, jsonwebtoken first tries
 * `createPublicKey` on it (and fails) on every sign and verify: ~0.7 ms per authenticated request.
 * The key's bytes are the UTF-8 string's, so tokens signed with the plain string still verify.
 */
export function jwtKey(config: { jwtSecret: string }): KeyObject {
  let key = keys.get(config);
  if (!key) keys.set(config, (key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'))));
  return key;
}
