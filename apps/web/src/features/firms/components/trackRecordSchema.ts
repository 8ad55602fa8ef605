import { z } from 'zod';
import type { FirmTrackRecord, TrackRecordRequest } from '../api/types';
import { countryCodeSchema, vmsg } from '../lib/validation';

export const CURRENCIES = [
  'USD',
  'KRW',
  'EUR',
  'JPY',
  'CNY',
  'VND',
  'IDR',
  'PHP',
  'THB',
  'KHR',
  'LAK',
  'MMK',
  'MYR',
  'MNT',
  'UZS',
  'KZT',
  'INR',
  'KES',
  'TZS',
  'RWF',
  'GHS',
  'EGP',
  'PEN',
  'COP',
  'CLP',
  'KWD',
  'SAR',
  'AED',
  'QAR',
] as const;

const maxYear = () => new Date().getFullYear() + 1;

export const trackRecordSchema = z
  .object({
    countryCode: countryCodeSchema('countryRequired'),
    city: z.string().trim().max(200, vmsg('tooLong')),
    projectTitle: z
      .string()
      .trim()
      .min(1, vmsg('titleRequired'))
      .min(2, vmsg('titleMin'))
      .max(300, vmsg('tooLong')),
    year: z
      .union([z.number(), z.literal('')])
      .refine(
        (v) => v === '' || (Number.isInteger(v) && v >= 1950 && v <= maxYear()),
        vmsg('trackYearRange'),
      ),
    role: z.string().nullable(),
    amount: z
      .union([z.number(), z.literal('')])
      .refine((v) => v === '' || (v >= 0 && v <= 1e15), vmsg('amountRange')),
    currency: z.string().nullable(),
    financingSource: z.string().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.amount !== '' && !v.currency)
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'currencyRequired' });
  });

export type TrackRecordInput = z.input<typeof trackRecordSchema>;
export type TrackRecordValues = z.output<typeof trackRecordSchema>;

export const EMPTY_TRACK_RECORD: TrackRecordInput = {
  countryCode: null,
  city: '',
  projectTitle: '',
  year: '',
  role: null,
  amount: '',
  currency: 'USD',
  financingSource: null,
};

/** Server field paths → form fields (the contract value is split into amount + currency). */
export const TRACK_RECORD_FIELD_MAP: Record<string, keyof TrackRecordInput> = {
  countryCode: 'countryCode',
  city: 'city',
  projectTitle: 'projectTitle',
  year: 'year',
  role: 'role',
  'contractValue.amount': 'amount',
  'contractValue.currency': 'currency',
  contractValue: 'amount',
  financingSource: 'financingSource',
};

export function toTrackRecordInput(r: FirmTrackRecord): TrackRecordInput {
  return {
    countryCode: r.countryCode,
    city: r.city ?? '',
    projectTitle: r.projectTitle,
    year: r.year ?? '',
    role: r.role,
    amount: r.contractValue?.amount ?? '',
    currency: r.contractValue?.currency ?? 'USD',
    financingSource: r.financingSource,
  };
}

export function toTrackRecordRequest(v: TrackRecordValues): TrackRecordRequest {
  return {
    countryCode: v.countryCode,
    city: v.city || null,
    projectTitle: v.projectTitle,
    year: v.year === '' ? null : v.year,
    role: v.role,
    contractValue: v.amount === '' || !v.currency ? null : { amount: v.amount, currency: v.currency },
    financingSource: v.financingSource,
  };
}
