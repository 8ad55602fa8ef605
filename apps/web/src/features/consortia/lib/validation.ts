import { z } from 'zod';
import type { TFunction } from 'i18next';
import type en from '../locales/en.json';
import { CHECKLIST_KEYS, DECISIONS, OUTCOMES } from './enums';

/** Zod messages in this feature's schemas are keys of `consortia.validation.*`. */
export type ConsortiumValidationKey = keyof (typeof en)['validation'];
const vmsg = (key: ConsortiumValidationKey) => ({ error: key });

/** Inline error text: client errors are translated keys, server errors are shown verbatim. */
export function fieldError(
  t: TFunction,
  error: { type?: string; message?: string } | undefined,
): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === 'server') return error.message;
  return t(`consortia.validation.${error.message as ConsortiumValidationKey}`);
}

export const decisionSchema = z.object({
  decision: z
    .enum(DECISIONS, vmsg('decisionRequired'))
    .nullable()
    .refine((v) => v !== null, vmsg('decisionRequired')),
  reason: z
    .string()
    .trim()
    .min(1, vmsg('reasonRequired'))
    .min(3, vmsg('reasonMin'))
    .max(4000, vmsg('tooLong')),
  checklist: z.object(
    Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, z.boolean()])) as Record<
      (typeof CHECKLIST_KEYS)[number],
      z.ZodBoolean
    >,
  ),
});
export type DecisionValues = z.input<typeof decisionSchema>;

export const outcomeSchema = z.object({
  outcome: z
    .enum(OUTCOMES, vmsg('outcomeRequired'))
    .nullable()
    .refine((v) => v !== null, vmsg('outcomeRequired')),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, vmsg('dateRequired')),
  amount: z.string().optional(),
  currency: z.string().optional(),
  reason: z.string().optional(),
});
export type OutcomeValues = z.input<typeof outcomeSchema>;
