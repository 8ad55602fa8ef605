import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** `?program=a&program=b` arrives as an array, `?program=a` as a string: always hand on an array. */
const toArray = ({ value }: { value: unknown }) => {
  if (value === undefined || value === null || value === '') return undefined;
  const list = (Array.isArray(value) ? (value as unknown[]) : [value]).map((v) =>
    typeof v === 'string' ? v.trim() : v,
  );
  return list.filter((v) => v !== '');
};

/** Filters shared by every dashboard route. */
export class DashboardFiltersQueryDto {
  @ApiProperty({
    required: false,
    type: [String],
    description: 'Project program names (as in `filters.programs`); one or many (repeat the parameter)',
    example: 'K-City Network 2022',
  })
  @IsOptional()
  @Transform(toArray)
  @IsArray()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  @IsString({ each: true })
  program?: string[];

  @ApiProperty({
    required: false,
    minimum: 2000,
    maximum: 2100,
    description: 'Year the consortium was created (Korea time)',
    example: 2026,
  })
  @IsOptional()
  @Type(() => Number)
  @Max(2100)
  @Min(2000)
  @IsInt({ message: 'year must be an integer' })
  year?: number;
}
