import { ApiProperty } from '@nestjs/swagger';

export class TermDto {
  @ApiProperty({ example: 'lead' }) code: string;
  @ApiProperty({ example: 'Lead / project manager' }) en: string;
  @ApiProperty({ example: '주관사' }) ko: string;
}

export class LadderStageDto extends TermDto {
  @ApiProperty({ example: 1, description: '1 entry, 2 pilot, 3 commercialisation' }) stage: number;
}

export class CapabilityDto extends TermDto {
  @ApiProperty({ example: 'transport' }) domain: string;
}

export class DomainDto extends TermDto {
  @ApiProperty({ type: [CapabilityDto] }) capabilities: CapabilityDto[];
}

export class TaxonomyDto {
  @ApiProperty({ type: [DomainDto] }) domains: DomainDto[];
  @ApiProperty({ type: [TermDto] }) roles: TermDto[];
  @ApiProperty({ type: [TermDto] }) firmSizes: TermDto[];
  @ApiProperty({ type: [TermDto] }) firmTypes: TermDto[];
  @ApiProperty({ type: [TermDto] }) projectTracks: TermDto[];
  @ApiProperty({ type: [TermDto] }) financingSources: TermDto[];
  @ApiProperty({ type: [LadderStageDto] }) ladderStages: LadderStageDto[];
}
