import { FIRM_SIZES } from '../../../lib/api/enums';
import type { FirmSizeCode } from '../api/types';

/** URL parameter holding the size filter of the matching firms on a project page (repeatable). */
export const SIZE_PARAM = 'firmSize';

/** The valid, distinct firm sizes named in the URL, in canonical order. */
export function readSizes(params: URLSearchParams): FirmSizeCode[] {
  const wanted = new Set(params.getAll(SIZE_PARAM));
  return FIRM_SIZES.filter((s) => wanted.has(s));
}

/** A copy of `params` with the size filter replaced (other parameters kept). */
export function writeSizes(params: URLSearchParams, sizes: readonly FirmSizeCode[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(SIZE_PARAM);
  for (const size of sizes) next.append(SIZE_PARAM, size);
  return next;
}
