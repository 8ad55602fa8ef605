import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SOLUTION_MATURITIES, type SolutionMaturity } from '@app/common';
import type { FirmSolution } from './firm-solution.entity';
import { ISO_COUNTRY, IsYearBetween, trim, upper } from './firm-validators';

export class FirmReferenceSiteDto {
  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2 country code' })
  @Transform(upper)
  @IsString()
  @Matches(ISO_COUNTRY, { message: 'country must be a two-letter ISO country code' })
  country: string;

  @ApiProperty({ required: false, type: String, nullable: true, maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string | null;

  @ApiProperty({ required: false, type: Number, nullable: true, minimum: 1950, maximum: 2100 })
  @IsOptional()
  @IsYearBetween(1950, 2100)
  year?: number | null;
}

export class CreateFirmSolutionDto {
  @ApiProperty({ minLength: 2, maxLength: 200, example: 'Smart traffic signal controller' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ required: false, type: String, nullable: true, maxLength: 5000 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({
    required: false,
    type: [String],
    description: 'Taxonomy capability codes',
    example: ['transport.traffic_signal'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(61)
  @ArrayUnique()
  @IsString({ each: true })
  capabilityCodes?: string[];

  @ApiProperty({ enum: SOLUTION_MATURITIES })
  @IsIn(SOLUTION_MATURITIES)
  maturity: SolutionMaturity;

  @ApiProperty({ required: false, type: [String], maxItems: 20, example: ['ISO 27001'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  certifications?: string[];

  @ApiProperty({ required: false, type: [FirmReferenceSiteDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FirmReferenceSiteDto)
  referenceSites?: FirmReferenceSiteDto[];
}

/** Fields left out stay as they are; `null` is refused for required fields (name, maturity). */
export class UpdateFirmSolutionDto extends PartialType(CreateFirmSolutionDto, {
  skipNullProperties: false,
}) {}

export class FirmSolutionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) firmId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [String] }) capabilityCodes: string[];
  @ApiProperty({ enum: SOLUTION_MATURITIES }) maturity: SolutionMaturity;
  @ApiProperty({ type: [String] }) certifications: string[];
  @ApiProperty({ type: [FirmReferenceSiteDto] }) referenceSites: FirmReferenceSiteDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(s: FirmSolution): FirmSolutionDto {
    return {
      id: s.id,
      firmId: s.firmId,
      name: s.name,
      description: s.description,
      capabilityCodes: s.capabilityCodes,
      maturity: s.maturity,
      certifications: s.certifications,
      referenceSites: s.referenceSites.map((r) => ({
        country: r.country,
        city: r.city ?? null,
        year: r.year ?? null,
      })),
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }
}
