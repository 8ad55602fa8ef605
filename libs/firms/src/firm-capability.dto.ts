import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { FirmCapability } from './firm-capability.entity';
import { trim } from './firm-validators';

export const MAX_FIRM_CAPABILITIES = 61; // every capability in the taxonomy

export class FirmCapabilityDto {
  @ApiProperty({ example: 'transport.its', description: 'Taxonomy capability code' }) code: string;
  @ApiProperty({ minimum: 1, maximum: 3, description: '1 basic, 2 proven, 3 leading' }) level: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;

  static from(c: FirmCapability): FirmCapabilityDto {
    return { code: c.capabilityCode, level: c.level, note: c.note };
  }
}

export class FirmCapabilityInputDto {
  @ApiProperty({ example: 'transport.its' })
  @Transform(trim)
  @IsString()
  code: string;

  @ApiProperty({ minimum: 1, maximum: 3 })
  @IsInt()
  @Min(1)
  @Max(3)
  level: number;

  @ApiProperty({ required: false, type: String, nullable: true, maxLength: 500 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class ReplaceFirmCapabilitiesDto {
  @ApiProperty({ type: [FirmCapabilityInputDto], maxItems: MAX_FIRM_CAPABILITIES })
  @IsArray()
  @ArrayMaxSize(MAX_FIRM_CAPABILITIES)
  @ValidateNested({ each: true })
  @Type(() => FirmCapabilityInputDto)
  capabilities: FirmCapabilityInputDto[];
}
