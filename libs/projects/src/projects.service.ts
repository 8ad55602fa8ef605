import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { effectiveTeamRules } from '@app/matching';
import { TaxonomyService } from '@app/taxonomy';
import { assertAllCodes } from './assert-codes';
import { ProjectEvents } from './project-events';
import { toDetail } from './project-mapper';
import type { ProjectDetailDto } from './project.dto';
import { Project, ProjectRequirement } from './project.entity';
import type {
  CreateProjectDto,
  ProjectCapabilityRequirementInputDto,
  UpdateProjectDto,
} from './save-project.dto';

type ProjectFields = Partial<Omit<Project, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;

/** One project: read, and the staff-only create/update with its requirement rows. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly events: ProjectEvents,
  ) {}

  get(id: string): Promise<ProjectDetailDto> {
    return this.detail(this.dataSource.manager, id);
  }

  async create(userId: string, dto: CreateProjectDto): Promise<ProjectDetailDto> {
    await this.assertCodes(dto);
    const fields = { ...financingDefaults(dto), ...toProjectFields(dto), createdById: userId };
    assertTeamSize(fields.minSmeMembers ?? 0, fields.maxMembers ?? null);
    const created = await this.dataSource.transaction(async (tx) => {
      const { identifiers } = await tx.insert(Project, { status: 'announced', ...fields });
      const id = identifiers[0].id as string;
      await insertRequirements(tx, id, dto.requirements?.capabilities ?? []);
      return this.detail(tx, id);
    });
    this.events.emitPublished({ projectId: created.id, createdById: userId });
    return created;
  }

  /** Optimistic locking: the caller sends the version it read; the row lock orders concurrent saves. */
  async update(id: string, dto: UpdateProjectDto): Promise<ProjectDetailDto> {
    await this.assertCodes(dto);
    const updated = await this.dataSource.transaction(async (tx) => {
      const current = await tx.findOne(Project, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException('Project not found');
      if (current.version !== dto.version) {
        throw new ConflictException('The project was changed by someone else; reload and try again');
      }
      const fields = toProjectFields(dto);
      assertTeamSize(
        fields.minSmeMembers ?? current.minSmeMembers,
        fields.maxMembers !== undefined ? fields.maxMembers : current.maxMembers,
      );
      // Always bumps version and updated_at, also when only the requirement rows change.
      await tx.createQueryBuilder().update(Project).set(fields).where('id = :id', { id }).execute();
      const capabilities = dto.requirements?.capabilities;
      if (capabilities) {
        await tx.delete(ProjectRequirement, { projectId: id });
        await insertRequirements(tx, id, capabilities);
      }
      return this.detail(tx, id);
    });
    this.events.emitChanged(id);
    return updated;
  }

  private async detail(m: EntityManager, id: string): Promise<ProjectDetailDto> {
    const project = await m.findOneBy(Project, { id });
    if (!project) throw new NotFoundException('Project not found');
    return toDetail(project, await m.findBy(ProjectRequirement, { projectId: id }));
  }

  /** Unknown taxonomy codes answer 400 naming each field, e.g. `requirements.capabilities[1].code`. */
  private async assertCodes(dto: Partial<CreateProjectDto>): Promise<void> {
    const entries = (field: string, codes?: string[] | null) =>
      (codes ?? []).map((code, i) => ({ field: `${field}[${i}]`, code }));
    const capabilities = dto.requirements?.capabilities ?? [];
    const duplicates = capabilities.flatMap((c, i) =>
      capabilities.findIndex((o) => o.code === c.code) < i ? [i] : [],
    );
    if (duplicates.length) {
      throw new BadRequestException({
        message: 'Each capability may be required only once',
        details: duplicates.map((i) => ({
          field: `requirements.capabilities[${i}].code`,
          message: `duplicate capability "${capabilities[i].code}"`,
        })),
      });
    }
    await assertAllCodes(this.taxonomy, [
      ['project_track', dto.track != null ? [{ field: 'track', code: dto.track }] : []],
      ['domain', entries('sectors', dto.sectors)],
      ['financing_source', entries('financing', dto.financing)],
      [
        'role',
        [
          ...entries('requirements.roles', dto.requirements?.roles),
          ...entries(
            'requirements.teamRules.foreignRolesAllowed',
            dto.requirements?.teamRules?.foreignRolesAllowed,
          ),
        ],
      ],
      [
        'capability',
        capabilities.map((c, i) => ({ field: `requirements.capabilities[${i}].code`, code: c.code })),
      ],
    ]);
  }
}

/** DTO → column values; only the fields present in the DTO (undefined = keep). Also used by the import. */
export function toProjectFields(dto: Partial<CreateProjectDto>): ProjectFields {
  const rules = dto.requirements?.teamRules;
  const budget = dto.budget;
  const fields: ProjectFields = {
    title: dto.title,
    titleKo: dto.titleKo,
    countryCode: dto.countryCode,
    city: dto.city,
    program: dto.program,
    track: dto.track,
    sectors: dto.sectors ? [...new Set(dto.sectors)] : undefined,
    description: dto.description,
    // A budget is one value: sending it replaces amount, currency and text together (null clears all).
    budgetAmount: budget === undefined ? undefined : budget?.amount == null ? null : String(budget.amount),
    budgetCurrency: budget === undefined ? undefined : (budget?.currency ?? null),
    budgetText: budget === undefined ? undefined : (budget?.text ?? null),
    financing: dto.financing ? [...new Set(dto.financing)] : undefined,
    client: dto.client,
    procurement: dto.procurement,
    period: dto.period,
    status: dto.status,
    submissionDeadline:
      dto.submissionDeadline === undefined
        ? undefined
        : dto.submissionDeadline
          ? new Date(dto.submissionDeadline)
          : null,
    sourceNote: dto.sourceNote,
    eligibilityNotes: dto.eligibilityNotes,
    requiredRoles: dto.requirements?.roles ? [...new Set(dto.requirements.roles)] : undefined,
    minSmeMembers: rules?.minSmeMembers,
    maxMembers: rules?.maxMembers,
    localPartnerRequired: rules?.localPartnerRequired,
    leadCountryExperience: rules?.leadCountryExperience,
    koreanLead: rules?.koreanLead,
    koreanMajority: rules?.koreanMajority,
    foreignRolesAllowed:
      rules?.foreignRolesAllowed === undefined
        ? undefined
        : rules.foreignRolesAllowed && [...new Set(rules.foreignRolesAllowed)],
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/** On create, the local-partner and lead-experience rules the financing implies, unless the request sets them. */
function financingDefaults(dto: CreateProjectDto): ProjectFields {
  const { rules } = effectiveTeamRules({
    teamRules: {},
    financing: dto.financing ?? [],
    program: dto.program ?? null,
    client: dto.client ?? null,
  });
  return {
    localPartnerRequired: rules.localPartnerRequired,
    leadCountryExperience: rules.leadCountryExperience,
  };
}

function assertTeamSize(minSmeMembers: number, maxMembers: number | null): void {
  if (maxMembers !== null && maxMembers < minSmeMembers) {
    throw new BadRequestException({
      message: 'Some fields are invalid',
      details: [
        {
          field: 'requirements.teamRules.maxMembers',
          message: `maxMembers must be at least minSmeMembers (${minSmeMembers})`,
        },
      ],
    });
  }
}

async function insertRequirements(
  tx: EntityManager,
  projectId: string,
  capabilities: ProjectCapabilityRequirementInputDto[],
) {
  if (!capabilities.length) return;
  await tx.insert(
    ProjectRequirement,
    capabilities.map((c) => ({
      projectId,
      capabilityCode: c.code,
      weight: c.weight,
      mustHave: c.mustHave ?? false,
    })),
  );
}
