import type { FirmSizeCode } from '../api/types';

/** URL parameter holding the size filter of the matching firms on a project page (repeatable). */
export const SIZE_PARAM = 'firmSize';

const SIZES: readonly string[] = ['large', 'mid', 'sme', 'startup', 'public', 'research'];

/** The valid, distinct firm sizes named in the URL, in canonical order. */
export function readSizes(params: URLSearchParams): FirmSizeCode[] {
  const wanted = new Set(params.getAll(SIZE_PARAM));
  return SIZES.filter((s) => wanted.has(s)) as FirmSizeCode[];
}

/** A copy of `params` with the size filter replaced (other parameters kept). */
export function writeSizes(params: URLSearchParams, sizes: readonly FirmSizeCode[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(SIZE_PARAM);
  for (const size of sizes) next.append(SIZE_PARAM, size);
  return next;
}
