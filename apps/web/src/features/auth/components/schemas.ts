import { z } from 'zod';
import { FIRM_SIZES, FIRM_TYPES } from '../../../lib/api/enums';
import type { ValidationKey } from '../../../lib/forms';

// Messages are `validation.*` translation keys (see lib/forms.ts), so errors follow the UI language.
const msg = (key: ValidationKey) => ({ error: key });

export const PASSWORD_MIN_LENGTH = 10;

export const signUpSchema = z.object({
  name: z.string().trim().min(1, msg('nameRequired')).max(100, msg('tooLong')),
  email: z
    .string()
    .trim()
    .pipe(z.email(msg('emailInvalid'))),
  password: z.string().min(PASSWORD_MIN_LENGTH, msg('passwordMin')).max(200, msg('tooLong')),
  firm: z.object({
    name: z
      .string()
      .trim()
      .min(1, msg('firmNameRequired'))
      .min(2, msg('firmNameMin'))
      .max(200, msg('tooLong')),
    nameKo: z.string().trim().max(200, msg('tooLong')),
    // Selects start empty (null); the pipe turns "nothing chosen" into a required-field error.
    size: z
      .enum(FIRM_SIZES, msg('firmSizeRequired'))
      .nullable()
      .pipe(z.enum(FIRM_SIZES, msg('firmSizeRequired'))),
    type: z
      .enum(FIRM_TYPES, msg('firmTypeRequired'))
      .nullable()
      .pipe(z.enum(FIRM_TYPES, msg('firmTypeRequired'))),
    homeCountry: z
      .string(msg('countryRequired'))
      .nullable()
      .pipe(z.string().regex(/^[A-Z]{2}$/, msg('countryRequired'))),
  }),
});

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpValues = z.output<typeof signUpSchema>;

/** Form field paths the server may name in `details[].field`. */
export const SIGN_UP_FIELDS = [
  'name',
  'email',
  'password',
  'firm.name',
  'firm.nameKo',
  'firm.size',
  'firm.type',
  'firm.homeCountry',
] as const;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email(msg('emailInvalid'))),
  password: z.string().min(1, msg('passwordRequired')),
});

export type SignInValues = z.infer<typeof signInSchema>;
export const SIGN_IN_FIELDS = ['email', 'password'] as const;
