import { z } from 'zod';
import type { TFunction } from 'i18next';
import type en from '../locales/en.json';

/** Zod messages in this feature's schemas are keys of `firms.validation.*`. */
export type FirmValidationKey = keyof (typeof en)['validation'];
export const vmsg = (key: FirmValidationKey) => ({ error: key });

/** Inline error text: client errors are translated keys, server errors are shown verbatim. */
export function firmFieldError(
  t: TFunction,
  error: { type?: string; message?: string } | undefined,
): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === 'server') return error.message;
  return t(`firms.validation.${error.message as FirmValidationKey}`);
}

/** A country Select: null until chosen; the same message for "not chosen" and "not a code". */
export const countryCodeSchema = (key: FirmValidationKey) =>
  z
    .string(vmsg(key))
    .nullable()
    .pipe(z.string(vmsg(key)).regex(/^[A-Z]{2}$/, vmsg(key)));
