import { ApiProperty } from '@nestjs/swagger';
import { LADDER_STAGES } from '@app/common';
import type { SupportProgram } from './support-program.entity';

export class SupportProgramDto {
  @ApiProperty({ example: 'kcity-network-planning' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty({ type: String, nullable: true }) agency: string | null;
  @ApiProperty({ type: String, nullable: true }) kind: string | null;
  @ApiProperty({ enum: LADDER_STAGES, isArray: true }) ladderStages: string[];
  @ApiProperty({ type: [String], description: 'Taxonomy domain codes; empty means any sector' })
  sectors: string[];
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) eligibility: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceNote: string | null;

  static from(p: SupportProgram): SupportProgramDto {
    return {
      id: p.id,
      name: p.name,
      nameKo: p.nameKo,
      agency: p.agency,
      kind: p.kind,
      ladderStages: p.ladderStages,
      sectors: p.sectors,
      description: p.description,
      eligibility: p.eligibility,
      sourceNote: p.sourceNote,
    };
  }
}

export class FirmSupportProgramsDto {
  @ApiProperty({
    enum: LADDER_STAGES,
    nullable: true,
    description: "The firm's export-ladder stage (null when not set)",
  })
  stage: string | null;
  @ApiProperty({
    enum: LADDER_STAGES,
    nullable: true,
    description: 'The next stage (A1→…→A4→B1→…→C4; none after C4)',
  })
  nextStage: string | null;
  @ApiProperty({ type: [SupportProgramDto], description: 'Programs for the current stage' })
  current: SupportProgramDto[];
  @ApiProperty({
    type: [SupportProgramDto],
    description: 'Programs for the next stage: what helps the firm climb',
  })
  next: SupportProgramDto[];
}
