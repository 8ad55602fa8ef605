/** Deepest nesting a request body may have: far beyond any DTO, far below what validation can recurse through. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest object/array nesting of a JSON text, in one pass over its bytes (no recursion, strings skipped). */
export function jsonDepth(body: Buffer, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return max;
}

/**
 * body-parser `verify` hook: refuses a body nested deeper than MAX_JSON_DEPTH before it is parsed,
 * validated or transformed (class-transformer recurses per level: 3,000 levels overflowed the stack,
 * a 500). The error carries status 400, which the exception filter turns into the one error shape.
 */
export function verifyJsonDepth(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw Object.assign(
      new Error(`The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`),
      { status: 400, expose: true },
    );
  }
}
