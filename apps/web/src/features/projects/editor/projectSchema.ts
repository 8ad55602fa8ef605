import { z } from 'zod';
import type { ProjectDetail, ProjectStatus } from '../api/types';

/** Zod messages are keys of `projects.editor.validation.*`. */
export type EditorValidationKey =
  | 'required'
  | 'tooLong'
  | 'titleMin'
  | 'country'
  | 'sectors'
  | 'currency'
  | 'amount'
  | 'maxMembers'
  | 'duplicateCapability'
  | 'capability';

const msg = (key: EditorValidationKey) => ({ message: key });
const text = (max: number) => z.string().trim().max(max, msg('tooLong'));

export const PROJECT_STATUS_VALUES = [
  'announced',
  'open',
  'under_review',
  'awarded',
  'in_progress',
  'completed',
  'stalled',
  'closed',
  'unknown',
] as const satisfies readonly ProjectStatus[];

const requirementSchema = z.object({
  code: z.string().min(1, msg('capability')),
  weight: z.enum(['1', '2', '3']),
  mustHave: z.boolean(),
});

export const projectSchema = z
  .object({
    title: z.string().trim().min(1, msg('required')).min(3, msg('titleMin')).max(300, msg('tooLong')),
    titleKo: text(300),
    countryCode: z.string().regex(/^[A-Z]{2}$/, msg('country')),
    city: text(200),
    program: text(300),
    track: z.string().min(1, msg('required')),
    sectors: z.array(z.string()).min(1, msg('sectors')).max(20, msg('tooLong')),
    description: text(10_000),
    budgetAmount: z.union([z.number().min(0, msg('amount')).max(1e15, msg('amount')), z.literal('')]),
    budgetCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === '' || /^[A-Z]{3}$/.test(v), msg('currency')),
    budgetText: text(1000),
    financing: z.array(z.string()).max(20, msg('tooLong')),
    client: text(500),
    procurement: text(500),
    period: text(500),
    status: z.enum(PROJECT_STATUS_VALUES),
    /** `YYYY-MM-DD`, or '' for a rolling intake (no deadline). */
    submissionDeadline: z.string().refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), msg('required')),
    sourceNote: text(1000),
    requirements: z.object({
      capabilities: z.array(requirementSchema).max(40, msg('tooLong')),
      roles: z.array(z.string()).max(20, msg('tooLong')),
      teamRules: z.object({
        minSmeMembers: z.number().int().min(0).max(20),
        maxMembers: z.union([z.number().int().min(1).max(50), z.literal('')]),
        localPartnerRequired: z.boolean(),
        leadCountryExperience: z.boolean(),
      }),
    }),
  })
  .superRefine((v, ctx) => {
    if (v.budgetAmount !== '' && v.budgetCurrency === '') {
      ctx.addIssue({ code: 'custom', path: ['budgetCurrency'], message: 'currency' });
    }
    const { minSmeMembers, maxMembers } = v.requirements.teamRules;
    if (maxMembers !== '' && maxMembers < minSmeMembers) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirements', 'teamRules', 'maxMembers'],
        message: 'maxMembers',
      });
    }
    const seen = new Set<string>();
    v.requirements.capabilities.forEach((c, i) => {
      if (c.code && seen.has(c.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', 'capabilities', i, 'code'],
          message: 'duplicateCapability',
        });
      }
      seen.add(c.code);
    });
  });

export type ProjectFormInput = z.input<typeof projectSchema>;
export type ProjectFormValues = z.output<typeof projectSchema>;

export function emptyProjectInput(): ProjectFormInput {
  return {
    title: '',
    titleKo: '',
    countryCode: '',
    city: '',
    program: '',
    track: '',
    sectors: [],
    description: '',
    budgetAmount: '',
    budgetCurrency: '',
    budgetText: '',
    financing: [],
    client: '',
    procurement: '',
    period: '',
    status: 'announced',
    submissionDeadline: '',
    sourceNote: '',
    requirements: {
      capabilities: [],
      roles: [],
      teamRules: {
        minSmeMembers: 0,
        maxMembers: '',
        localPartnerRequired: false,
        leadCountryExperience: false,
      },
    },
  };
}

export function toProjectInput(p: ProjectDetail): ProjectFormInput {
  const rules = p.requirements.teamRules;
  return {
    title: p.title,
    titleKo: p.titleKo ?? '',
    countryCode: p.countryCode,
    city: p.city ?? '',
    program: p.program ?? '',
    track: p.track,
    sectors: [...p.sectors],
    description: p.description ?? '',
    budgetAmount: p.budget.amount ?? '',
    budgetCurrency: p.budget.currency ?? '',
    budgetText: p.budget.text ?? '',
    financing: [...p.financing],
    client: p.client ?? '',
    procurement: p.procurement ?? '',
    period: p.period ?? '',
    status: p.status,
    submissionDeadline: p.submissionDeadline ? p.submissionDeadline.slice(0, 10) : '',
    sourceNote: p.sourceNote ?? '',
    requirements: {
      capabilities: p.requirements.capabilities.map((c) => ({
        code: c.code,
        weight: String(c.weight) as '1' | '2' | '3',
        mustHave: c.mustHave,
      })),
      roles: [...p.requirements.roles],
      teamRules: {
        minSmeMembers: rules.minSmeMembers,
        maxMembers: rules.maxMembers ?? '',
        localPartnerRequired: rules.localPartnerRequired,
        leadCountryExperience: rules.leadCountryExperience,
      },
    },
  };
}

/** The request body shared by POST and PATCH (every field sent, so a save is the whole form). */
export function toProjectRequest(v: ProjectFormValues) {
  const orNull = (s: string) => (s === '' ? null : s);
  return {
    title: v.title,
    titleKo: orNull(v.titleKo),
    countryCode: v.countryCode,
    city: orNull(v.city),
    program: orNull(v.program),
    track: v.track,
    sectors: v.sectors,
    description: orNull(v.description),
    budget: {
      amount: v.budgetAmount === '' ? null : v.budgetAmount,
      currency: orNull(v.budgetCurrency),
      text: orNull(v.budgetText),
    },
    financing: v.financing,
    client: orNull(v.client),
    procurement: orNull(v.procurement),
    period: orNull(v.period),
    status: v.status,
    submissionDeadline: v.submissionDeadline === '' ? null : v.submissionDeadline,
    sourceNote: orNull(v.sourceNote),
    requirements: {
      capabilities: v.requirements.capabilities.map((c) => ({
        code: c.code,
        weight: Number(c.weight),
        mustHave: c.mustHave,
      })),
      roles: v.requirements.roles,
      teamRules: {
        minSmeMembers: v.requirements.teamRules.minSmeMembers,
        maxMembers: v.requirements.teamRules.maxMembers === '' ? null : v.requirements.teamRules.maxMembers,
        localPartnerRequired: v.requirements.teamRules.localPartnerRequired,
        leadCountryExperience: v.requirements.teamRules.leadCountryExperience,
      },
    },
  };
}

/** Server field names (`requirements.capabilities[1].code`) → form paths (`requirements.capabilities.1.code`). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}
