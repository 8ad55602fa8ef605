import { z } from 'zod';
import { FIRM_SIZES, FIRM_TYPES } from '../../../lib/api/enums';
import type { FirmProfile, UpdateFirmProfileRequest } from '../api/types';
import { EMPLOYEES_BANDS } from '../lib/enums';
import { LADDER_STEPS } from '../lib/ladder';
import { countryCodeSchema, vmsg } from '../lib/validation';

const optionalText = (max: number) => z.string().trim().max(max, vmsg('tooLong'));

export const profileSchema = z.object({
  name: z.string().trim().min(1, vmsg('nameRequired')).min(2, vmsg('nameMin')).max(200, vmsg('tooLong')),
  nameKo: optionalText(200),
  size: z
    .enum(FIRM_SIZES, vmsg('required'))
    .nullable()
    .pipe(z.enum(FIRM_SIZES, vmsg('required'))),
  type: z
    .enum(FIRM_TYPES, vmsg('required'))
    .nullable()
    .pipe(z.enum(FIRM_TYPES, vmsg('required'))),
  homeCountry: countryCodeSchema('required'),
  description: optionalText(5000),
  corporateGroup: optionalText(100),
  website: z
    .string()
    .trim()
    .max(500, vmsg('tooLong'))
    .refine((v) => v === '' || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(v), vmsg('websiteInvalid')),
  employeesBand: z.enum(EMPLOYEES_BANDS).nullable(),
  foundedYear: z
    .union([z.number(), z.literal('')])
    .refine(
      (v) => v === '' || (Number.isInteger(v) && v >= 1800 && v <= new Date().getFullYear()),
      vmsg('foundedYear'),
    ),
  ladderStage: z.enum(LADDER_STEPS).nullable(),
  targetCountries: z.array(z.string()).max(30, vmsg('tooMany')),
  roles: z.array(z.string()).max(20, vmsg('tooMany')),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileValues = z.output<typeof profileSchema>;

/** Form fields the server may name in `details[].field`. */
export const PROFILE_FIELDS = [
  'name',
  'nameKo',
  'size',
  'type',
  'homeCountry',
  'description',
  'website',
  'corporateGroup',
  'employeesBand',
  'foundedYear',
  'ladderStage',
  'targetCountries',
  'roles',
] as const satisfies readonly (keyof ProfileInput)[];

export function toProfileInput(firm: FirmProfile): ProfileInput {
  return {
    name: firm.name,
    nameKo: firm.nameKo ?? '',
    size: firm.size,
    type: firm.type,
    homeCountry: firm.homeCountry,
    description: firm.description ?? '',
    website: firm.website ?? '',
    corporateGroup: firm.corporateGroup ?? '',
    employeesBand: firm.employeesBand,
    foundedYear: firm.foundedYear ?? '',
    ladderStage: (LADDER_STEPS as readonly string[]).includes(firm.ladderStage ?? '')
      ? firm.ladderStage
      : null,
    targetCountries: firm.targetCountries,
    roles: firm.roles,
  };
}

export function toUpdateRequest(values: ProfileValues): UpdateFirmProfileRequest {
  return {
    name: values.name,
    nameKo: values.nameKo || null,
    size: values.size,
    type: values.type,
    homeCountry: values.homeCountry,
    description: values.description || null,
    website: values.website || null,
    corporateGroup: values.corporateGroup || null,
    employeesBand: values.employeesBand,
    foundedYear: values.foundedYear === '' ? null : values.foundedYear,
    ladderStage: values.ladderStage,
    targetCountries: values.targetCountries,
    roles: values.roles,
  };
}
