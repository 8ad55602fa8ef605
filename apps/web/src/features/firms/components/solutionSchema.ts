import { z } from 'zod';
import type { FirmSolution, SolutionRequest } from '../api/types';
import { SOLUTION_MATURITIES } from '../lib/enums';
import { countryCodeSchema, vmsg } from '../lib/validation';

const year = z
  .union([z.number(), z.literal('')])
  .refine((v) => v === '' || (Number.isInteger(v) && v >= 1950 && v <= 2100), vmsg('yearRange'));

export const solutionSchema = z.object({
  name: z.string().trim().min(1, vmsg('nameRequired')).min(2, vmsg('nameMin')).max(200, vmsg('tooLong')),
  description: z.string().trim().max(5000, vmsg('tooLong')),
  capabilityCodes: z.array(z.string()).max(61, vmsg('tooMany')),
  maturity: z
    .enum(SOLUTION_MATURITIES, vmsg('required'))
    .nullable()
    .pipe(z.enum(SOLUTION_MATURITIES, vmsg('required'))),
  certifications: z.array(z.string().trim().min(1).max(200, vmsg('tooLong'))).max(20, vmsg('tooMany')),
  referenceSites: z
    .array(
      z.object({
        country: countryCodeSchema('countryRequired'),
        city: z.string().trim().max(200, vmsg('tooLong')),
        year,
      }),
    )
    .max(50, vmsg('tooMany')),
});

export type SolutionInput = z.input<typeof solutionSchema>;
export type SolutionValues = z.output<typeof solutionSchema>;

export const EMPTY_SOLUTION: SolutionInput = {
  name: '',
  description: '',
  capabilityCodes: [],
  maturity: null,
  certifications: [],
  referenceSites: [],
};

/** Field paths the server may name, for the current number of reference-site rows. */
export function solutionFields(sites: number): string[] {
  const rows = Array.from({ length: sites }, (_, i) => [
    `referenceSites.${i}.country`,
    `referenceSites.${i}.city`,
    `referenceSites.${i}.year`,
  ]);
  return [
    'name',
    'description',
    'capabilityCodes',
    'maturity',
    'certifications',
    'referenceSites',
    ...rows.flat(),
  ];
}

export function toSolutionInput(s: FirmSolution): SolutionInput {
  return {
    name: s.name,
    description: s.description ?? '',
    capabilityCodes: s.capabilityCodes,
    maturity: s.maturity,
    certifications: s.certifications,
    referenceSites: s.referenceSites.map((r) => ({
      country: r.country,
      city: r.city ?? '',
      year: r.year ?? '',
    })),
  };
}

export function toSolutionRequest(v: SolutionValues): SolutionRequest {
  return {
    name: v.name,
    description: v.description || null,
    capabilityCodes: v.capabilityCodes,
    maturity: v.maturity,
    certifications: v.certifications,
    referenceSites: v.referenceSites.map((r) => ({
      country: r.country,
      city: r.city || null,
      year: r.year === '' ? null : r.year,
    })),
  };
}
