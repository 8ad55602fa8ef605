import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { FirmTrackRecord } from './firm-track-record.entity';
import { currentYear, ISO_COUNTRY, ISO_CURRENCY, IsYearBetween, trim, upper } from './firm-validators';

export const MAX_CONTRACT_AMOUNT = 1e15;

export class FirmContractValueDto {
  @ApiProperty({ minimum: 0, maximum: MAX_CONTRACT_AMOUNT, example: 2500000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_CONTRACT_AMOUNT)
  amount: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 currency code' })
  @Transform(upper)
  @IsString()
  @Matches(ISO_CURRENCY, { message: 'currency must be a three-letter ISO 4217 code' })
  currency: string;
}

export class CreateFirmTrackRecordDto {
  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2 country code' })
  @Transform(upper)
  @IsString()
  @Matches(ISO_COUNTRY, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode: string;

  @ApiProperty({ required: false, type: String, nullable: true, maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string | null;

  @ApiProperty({ minLength: 2, maxLength: 300, example: 'Hanoi ITS pilot' })
  @Transform(trim)
  @IsString()
  @Length(2, 300)
  projectTitle: string;

  @ApiProperty({
    required: false,
    type: Number,
    nullable: true,
    minimum: 1950,
    description: 'Up to next year',
  })
  @IsOptional()
  @IsYearBetween(1950, () => currentYear() + 1)
  year?: number | null;

  @ApiProperty({ required: false, type: String, nullable: true, description: 'Taxonomy role code' })
  @IsOptional()
  @IsString()
  role?: string | null;

  @ApiProperty({ required: false, type: FirmContractValueDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FirmContractValueDto)
  contractValue?: FirmContractValueDto | null;

  @ApiProperty({
    required: false,
    type: String,
    nullable: true,
    description: 'Taxonomy financing source code',
  })
  @IsOptional()
  @IsString()
  financingSource?: string | null;
}

/** Fields left out stay as they are; `null` clears optional fields and is refused for required ones. */
export class UpdateFirmTrackRecordDto extends PartialType(CreateFirmTrackRecordDto, {
  skipNullProperties: false,
}) {}

export class FirmTrackRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) firmId: string;
  @ApiProperty({ example: 'VN' }) countryCode: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ type: Number, nullable: true }) year: number | null;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
  @ApiProperty({ type: FirmContractValueDto, nullable: true }) contractValue: FirmContractValueDto | null;
  @ApiProperty({ type: String, nullable: true }) financingSource: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(r: FirmTrackRecord): FirmTrackRecordDto {
    return {
      id: r.id,
      firmId: r.firmId,
      countryCode: r.countryCode.trim(),
      city: r.city,
      projectTitle: r.projectTitle,
      year: r.year,
      role: r.role,
      // numeric comes back as a string; amounts ≤ 1e15 with 2 decimals are exact enough as numbers.
      contractValue:
        r.contractAmount !== null && r.contractCurrency
          ? { amount: Number(r.contractAmount), currency: r.contractCurrency.trim() }
          : null,
      financingSource: r.financingSource,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }
}
