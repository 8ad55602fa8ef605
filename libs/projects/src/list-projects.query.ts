import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PROJECT_STATUSES, type ProjectStatus } from '@app/common';
import { PaginationQueryDto } from '@app/database';

export const PROJECT_SORTS = ['relevance', 'newest', 'deadline', 'budget', 'title', 'country'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

/** `?sector=a&sector=b` arrives as an array, `?sector=a` as a string: always hand on an array. */
const toArray =
  (map: (v: string) => string = (v) => v) =>
  ({ value }: { value: unknown }) => {
    if (value === undefined || value === null || value === '') return undefined;
    const list = Array.isArray(value) ? (value as unknown[]) : [value];
    return list.map((v) => (typeof v === 'string' ? map(v.trim()) : v));
  };

const many = (description: string, example?: string) =>
  ApiProperty({
    required: false,
    type: [String],
    description: `${description}; one or many (repeat the parameter)`,
    example,
  });

/** Filters shared by the list, its facets and the CSV export. */
export class ProjectFiltersDto {
  @ApiProperty({
    required: false,
    maxLength: 200,
    description:
      'Full text over title, Korean title, city, program and description (Korean substrings match too)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || undefined : value,
  )
  @IsString()
  @Length(1, 200)
  q?: string;

  @many('ISO 3166-1 alpha-2 country codes', 'KG')
  @IsOptional()
  @Transform(toArray((v) => v.toUpperCase()))
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'country must be two-letter ISO country codes' })
  country?: string[];

  @many('Capability domain codes (a project matches when any of its sectors is listed)', 'transport')
  @IsOptional()
  @Transform(toArray())
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  sector?: string[];

  @many('Project track codes', 'master_plan')
  @IsOptional()
  @Transform(toArray())
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  track?: string[];

  @many('Financing source codes (a project matches when any of its sources is listed)', 'kcity_grant')
  @IsOptional()
  @Transform(toArray())
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  financing?: string[];

  @ApiProperty({
    required: false,
    enum: PROJECT_STATUSES,
    isArray: true,
    description: 'One or many (repeat the parameter)',
  })
  @IsOptional()
  @Transform(toArray())
  @IsArray()
  @ArrayMaxSize(PROJECT_STATUSES.length)
  @IsIn(PROJECT_STATUSES, { each: true, message: `status must be one of: ${PROJECT_STATUSES.join(', ')}` })
  status?: ProjectStatus[];

  @many('Exact program names', 'K-City Network 2022')
  @IsOptional()
  @Transform(toArray())
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  program?: string[];

  @ApiProperty({
    required: false,
    enum: PROJECT_SORTS,
    description: 'Default: relevance when q is given, else newest. Ties are broken by id.',
  })
  @IsOptional()
  @IsIn(PROJECT_SORTS)
  sort?: ProjectSort;
}

export class ListProjectsQueryDto extends IntersectionType(ProjectFiltersDto, PaginationQueryDto) {}
