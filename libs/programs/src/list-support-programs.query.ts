import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LADDER_STAGES, type LadderStage } from '@app/common';

export class ListSupportProgramsQueryDto {
  @ApiProperty({
    required: false,
    enum: LADDER_STAGES,
    description: 'Programs whose stages include this one',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsOptional()
  @IsIn(LADDER_STAGES)
  ladderStage?: LadderStage;

  @ApiProperty({
    required: false,
    example: 'transport',
    description: 'Taxonomy domain code; programs listing this sector',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;
}
