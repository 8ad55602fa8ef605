import { ApiProperty } from '@nestjs/swagger';
import { CONSORTIUM_STATUSES, type ConsortiumStatus } from '@app/consortia';

export class DashboardStatusCountDto {
  @ApiProperty({ enum: CONSORTIUM_STATUSES, enumName: 'DashboardConsortiumStatus' })
  status: ConsortiumStatus;

  @ApiProperty({ minimum: 0 })
  count: number;
}

export class DashboardSmeShareItemDto {
  @ApiProperty({
    minimum: 0,
    description: 'Accepted members (lead included) whose firm size is sme or startup',
  })
  smeMembers: number;

  @ApiProperty({ minimum: 0, description: 'Accepted members, lead included' })
  members: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'smeMembers / members, rounded to 4 decimals; null without members',
  })
  share: number | null;
}

export class DashboardSmeShareDto {
  @ApiProperty({
    type: DashboardSmeShareItemDto,
    description: 'Consortia now submitted, under review, changes requested, approved or rejected',
  })
  submitted: DashboardSmeShareItemDto;

  @ApiProperty({ type: DashboardSmeShareItemDto, description: 'Approved consortia' })
  approved: DashboardSmeShareItemDto;
}

export class DashboardBreakdownItemDto {
  @ApiProperty({ description: 'ISO country code or capability domain code', example: 'VN' })
  code: string;

  @ApiProperty({
    minimum: 0,
    description: 'Projects in the selected programs (the year filter does not apply to projects)',
  })
  projects: number;

  @ApiProperty({ minimum: 0, description: 'Consortia matching every filter' })
  consortia: number;
}

export class DashboardFunnelDto {
  @ApiProperty({ minimum: 0, description: 'Invitations sent (the lead seat is not an invitation)' })
  invited: number;

  @ApiProperty({
    minimum: 0,
    description: 'Invitations accepted, including members removed or withdrawn later',
  })
  accepted: number;

  @ApiProperty({ minimum: 0, description: 'Consortia ever submitted' })
  submitted: number;

  @ApiProperty({ minimum: 0, description: 'Consortia ever approved' })
  approved: number;

  @ApiProperty({
    minimum: 0,
    description: 'Approved consortia selected by the client (outcome selected or contract signed)',
  })
  selected: number;
}

export class DashboardFilterOptionsDto {
  @ApiProperty({ type: [String], description: 'Every project program, alphabetical' })
  programs: string[];

  @ApiProperty({
    type: [Number],
    description: 'Years in which consortia were created (Korea time), newest first',
  })
  years: number[];
}

export class DashboardSummaryDto {
  @ApiProperty({
    type: [DashboardStatusCountDto],
    description: 'Every status in workflow order, zeros included',
  })
  consortiaByStatus: DashboardStatusCountDto[];

  @ApiProperty({ type: DashboardSmeShareDto })
  smeShare: DashboardSmeShareDto;

  @ApiProperty({
    type: [DashboardBreakdownItemDto],
    description: 'Countries with projects or consortia; most consortia first',
  })
  projectsByCountry: DashboardBreakdownItemDto[];

  @ApiProperty({
    type: [DashboardBreakdownItemDto],
    description:
      'Capability domains of the projects (a project counts once per sector); most consortia first',
  })
  projectsBySector: DashboardBreakdownItemDto[];

  @ApiProperty({ type: DashboardFunnelDto })
  funnel: DashboardFunnelDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from creation to the first decision, 1 decimal; null without decisions',
  })
  medianDaysToDecision: number | null;

  @ApiProperty({ type: DashboardFilterOptionsDto })
  filters: DashboardFilterOptionsDto;
}
