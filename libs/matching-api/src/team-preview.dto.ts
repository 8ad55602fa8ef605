import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const MAX_PREVIEW_MEMBERS = 12;

export class TeamPreviewMemberDto {
  @ApiProperty({ format: 'uuid', description: 'A verified firm' })
  @IsUUID('all', { message: 'firmId must be a UUID' })
  firmId: string;

  @ApiProperty({
    required: false,
    example: 'lead',
    description: 'Role code (taxonomy kind role); the member with `lead` leads, else the first member',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  role?: string;
}

export class TeamPreviewDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'projectId must be a UUID' })
  projectId: string;

  @ApiProperty({
    type: [TeamPreviewMemberDto],
    minItems: 1,
    maxItems: MAX_PREVIEW_MEMBERS,
    description: 'Distinct firms',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PREVIEW_MEMBERS)
  @ValidateNested({ each: true })
  @Type(() => TeamPreviewMemberDto)
  @ArrayUnique((m: TeamPreviewMemberDto) => m?.firmId, {
    message: 'each firm may appear only once in members',
  })
  members: TeamPreviewMemberDto[];
}
