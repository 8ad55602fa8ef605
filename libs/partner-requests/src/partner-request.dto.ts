import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PaginationQueryDto } from '@app/database';
import { PARTNER_REQUEST_STATUSES, type PartnerRequestStatus } from './partner-request.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class CreatePartnerRequestDto {
  @ApiProperty({ minLength: 3, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description: string;

  @ApiProperty({
    type: [String],
    description: 'Capability codes sought (1–20)',
    example: ['energy.smart_metering'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  capabilities: string[];

  @ApiProperty({
    required: false,
    description: 'Role code the partner would fill',
    example: 'solution_provider',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  role?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiProperty({ required: false, example: 'VN', description: 'Where the partner is needed' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'In the future, at most a year ahead' })
  @Type(() => Date)
  @IsDate({ message: 'expiresAt must be a date' })
  expiresAt: Date;
}

export class ListPartnerRequestsQueryDto extends PaginationQueryDto {
  @ApiProperty({ required: false, description: 'Capability code sought' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  capability?: string;

  @ApiProperty({ required: false, example: 'VN' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code' })
  country?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  project?: string;

  @ApiProperty({
    required: false,
    type: Boolean,
    description: "true: only your firm's requests (also closed)",
  })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @ApiProperty({ required: false, type: Boolean, description: 'true: only requests your capabilities fit' })
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  fitsMe?: boolean;
}

export class ReplyPartnerRequestDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  message: string;
}

export class PartnerRequestFirmDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
}

export class PartnerRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PartnerRequestFirmDto }) firm: PartnerRequestFirmDto;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) capabilities: string[];
  @ApiProperty({ type: String, nullable: true }) role: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) projectId: string | null;
  @ApiProperty({ type: String, nullable: true }) projectTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) countryCode: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
  @ApiProperty({
    enum: [...PARTNER_REQUEST_STATUSES, 'expired'],
    description: 'expired: open but past expiresAt',
  })
  status: PartnerRequestStatus | 'expired';
  @ApiProperty({ description: 'Published by your firm' }) mine: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How many of the sought capabilities your firm declares',
  })
  fit: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class PartnerRequestPageDto {
  @ApiProperty({ type: [PartnerRequestDto] }) items: PartnerRequestDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class PartnerRequestReplyDto {
  @ApiProperty({ format: 'uuid', description: 'The contact request sent to the publishing firm' })
  contactRequestId: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
}
