import { ApiProperty, PickType } from '@nestjs/swagger';
import { PROJECT_STATUSES, type ProjectStatus } from '@app/common';
import { FirmProfileDto } from '@app/firms';
import { TeamReportDto } from '@app/matching-api';
import { CONSORTIUM_RELATIONS, type ConsortiumRelation } from './consortium-access';
import { ConsortiumChecklistDto } from './consortium-input.dto';
import { OUTCOME_RECORD_STATUSES, type OutcomeRecordStatus } from './consortium-outcome.entity';
import {
  CONSORTIUM_DECISIONS,
  CONSORTIUM_OUTCOMES,
  CONSORTIUM_STATUSES,
  DECLINE_REASONS,
  MEMBER_STATUSES,
  type ConsortiumDecision,
  type ConsortiumOutcome,
  type ConsortiumStatus,
  type DeclineReason,
  type MemberStatus,
} from './consortium-state-machine';

export class ConsortiumFirmDto extends PickType(FirmProfileDto, [
  'id',
  'name',
  'nameKo',
  'size',
  'homeCountry',
  'isSample',
  'verificationStatus',
  'onPlatform',
] as const) {}

export class ConsortiumProjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) titleKo: string | null;
  @ApiProperty({ example: 'VN' }) countryCode: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ enum: PROJECT_STATUSES }) status: ProjectStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submissionDeadline: string | null;
}

export class ConsortiumUserRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** A seat: the lead, or an invitation and its answer (declined, expired and removed seats stay as history). */
export class ConsortiumMemberDto {
  @ApiProperty({ format: 'uuid', description: 'Member (invitation) id' }) id: string;
  @ApiProperty({ type: ConsortiumFirmDto }) firm: ConsortiumFirmDto;
  @ApiProperty({
    example: 'solution_provider',
    description: 'Role code (taxonomy kind role); `lead` for the lead firm',
  })
  role: string;
  @ApiProperty() isLead: boolean;
  @ApiProperty({ enum: MEMBER_STATUSES, enumName: 'ConsortiumMemberStatus' }) status: MemberStatus;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) invitedAt: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When a pending invitation expires; null for the lead',
  })
  expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
  @ApiProperty({ enum: DECLINE_REASONS, enumName: 'ConsortiumDeclineReason', nullable: true })
  declineReason: DeclineReason | null;
  @ApiProperty({ type: String, nullable: true }) declineNote: string | null;
}

/** One reason the team cannot be submitted yet. */
export class ConsortiumProblemDto {
  @ApiProperty({
    example: 'min_sme',
    description:
      'pending_invitations, firm_not_verified, min_partners, deadline_passed, project_closed, or a team rule (must_haves, min_sme, max_members, local_partner, lead_country_experience)',
  })
  code: string;
  @ApiProperty({ example: 'rules.min_sme' }) field: string;
  @ApiProperty() en: string;
  @ApiProperty() ko: string;
}

export class ConsortiumReadinessDto {
  @ApiProperty({ description: 'The lead may submit now (team state, no problem)' }) canSubmit: boolean;
  @ApiProperty({ type: [ConsortiumProblemDto] }) problems: ConsortiumProblemDto[];
}

export class ConsortiumSnapshotMemberDto {
  @ApiProperty({ format: 'uuid' }) firmId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
  @ApiProperty() role: string;
  @ApiProperty({ enum: MEMBER_STATUSES, enumName: 'ConsortiumMemberStatus' }) status: MemberStatus;
}

/** The team as staff saw it when deciding. */
export class ConsortiumSnapshotDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: [ConsortiumSnapshotMemberDto] }) members: ConsortiumSnapshotMemberDto[];
  @ApiProperty({
    type: TeamReportDto,
    nullable: true,
    description: 'Coverage, gaps and rule checks at that moment',
  })
  team: TeamReportDto | null;
}

export class ConsortiumDecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONSORTIUM_DECISIONS, enumName: 'ConsortiumDecisionValue' })
  decision: ConsortiumDecision;
  @ApiProperty() reason: string;
  @ApiProperty({ type: ConsortiumChecklistDto }) checklist: ConsortiumChecklistDto;
  @ApiProperty({ type: ConsortiumUserRefDto, nullable: true }) decidedBy: ConsortiumUserRefDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: ConsortiumSnapshotDto }) snapshot: ConsortiumSnapshotDto;
}

/** What the signed-in user is to this consortium and may do (the server checks again). */
export class ConsortiumViewerDto {
  @ApiProperty({ enum: CONSORTIUM_RELATIONS, enumName: 'ConsortiumRelation' }) relation: ConsortiumRelation;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The viewer firm's member (invitation) id",
  })
  memberId: string | null;
  @ApiProperty({ description: 'Lead admin, team editable: invite, remove, change roles' })
  canEditTeam: boolean;
  @ApiProperty() canSubmit: boolean;
  @ApiProperty() canWithdraw: boolean;
  @ApiProperty({ description: 'Admin of an invited firm with a pending invitation' }) canRespond: boolean;
  @ApiProperty({ description: 'Staff: start review / decide / record the outcome as the status allows' })
  canReview: boolean;
}

export class ConsortiumSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CONSORTIUM_STATUSES, enumName: 'ConsortiumStatus' }) status: ConsortiumStatus;
  @ApiProperty({ description: 'Send it back with a decision; bumped by every change' }) version: number;
  @ApiProperty({ enum: CONSORTIUM_OUTCOMES, enumName: 'ConsortiumOutcome', nullable: true })
  outcome: ConsortiumOutcome | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeDate: string | null;
  @ApiProperty({ type: ConsortiumProjectDto }) project: ConsortiumProjectDto;
  @ApiProperty({ type: ConsortiumFirmDto }) leadFirm: ConsortiumFirmDto;
  @ApiProperty({ description: 'Accepted members including the lead' }) memberCount: number;
  @ApiProperty({ description: 'Invitations not answered yet' }) pendingCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class ConsortiumListDto {
  @ApiProperty({ type: [ConsortiumSummaryDto] }) items: ConsortiumSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ConsortiumDetailDto extends ConsortiumSummaryDto {
  @ApiProperty({
    type: [ConsortiumMemberDto],
    description: 'Lead first, then by invitation time; includes declined, expired and removed seats',
  })
  members: ConsortiumMemberDto[];
  @ApiProperty({
    type: TeamReportDto,
    nullable: true,
    description: 'Live preview over accepted + invited members (null when none is a verified firm)',
  })
  team: TeamReportDto | null;
  @ApiProperty({ type: ConsortiumReadinessDto }) readiness: ConsortiumReadinessDto;
  @ApiProperty({ type: [ConsortiumDecisionDto], description: 'Oldest first' })
  decisions: ConsortiumDecisionDto[];
  @ApiProperty({ type: ConsortiumViewerDto }) viewer: ConsortiumViewerDto;
}

export class ConsortiumEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    example: 'invitation_declined',
    description:
      'created, member_invited, claim_invite_sent, invitation_accepted, invitation_declined, invitation_expired, invitation_reminder_sent, member_removed, member_role_changed, submitted, review_started, decided, outcome_reported, outcome_rejected, outcome_recorded (confirmed by staff), withdrawn',
  })
  type: string;
  @ApiProperty({
    type: ConsortiumUserRefDto,
    nullable: true,
    description: 'Null for the system (expiry, reminders)',
  })
  actor: ConsortiumUserRefDto | null;
  @ApiProperty({ enum: CONSORTIUM_STATUSES, enumName: 'ConsortiumStatus', nullable: true })
  fromStatus: ConsortiumStatus | null;
  @ApiProperty({ enum: CONSORTIUM_STATUSES, enumName: 'ConsortiumStatus', nullable: true })
  toStatus: ConsortiumStatus | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'e.g. memberId, firmId, role, decision, outcome',
  })
  data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class ConsortiumHistoryDto {
  @ApiProperty({ type: [ConsortiumEventDto], description: 'Oldest first' }) items: ConsortiumEventDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ConsortiumRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CONSORTIUM_STATUSES, enumName: 'ConsortiumStatus' }) status: ConsortiumStatus;
}

/** An invitation in the invited firm's inbox. */
export class ConsortiumInvitationDto {
  @ApiProperty({ format: 'uuid', description: 'Member (invitation) id for accept/decline' }) id: string;
  @ApiProperty({ type: ConsortiumRefDto }) consortium: ConsortiumRefDto;
  @ApiProperty({ type: ConsortiumProjectDto }) project: ConsortiumProjectDto;
  @ApiProperty({ type: ConsortiumFirmDto }) leadFirm: ConsortiumFirmDto;
  @ApiProperty() role: string;
  @ApiProperty({ enum: MEMBER_STATUSES, enumName: 'ConsortiumMemberStatus' }) status: MemberStatus;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ type: ConsortiumUserRefDto, nullable: true }) invitedBy: ConsortiumUserRefDto | null;
  @ApiProperty({ type: String, format: 'date-time' }) invitedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
  @ApiProperty({ enum: DECLINE_REASONS, enumName: 'ConsortiumDeclineReason', nullable: true })
  declineReason: DeclineReason | null;
  @ApiProperty({ type: String, nullable: true }) declineNote: string | null;
}

export class ConsortiumInvitationListDto {
  @ApiProperty({
    type: [ConsortiumInvitationDto],
    description: 'Pending first (soonest expiry), then the most recent answers',
  })
  items: ConsortiumInvitationDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

/** One step of the outcome sequence: reported by the lead, confirmed or rejected by staff. */
export class ConsortiumOutcomeRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONSORTIUM_OUTCOMES, enumName: 'ConsortiumOutcome' }) outcome: ConsortiumOutcome;
  @ApiProperty({ type: String, format: 'date' }) date: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Contract value (contract_signed)' })
  amount: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'USD' }) currency: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why not selected, or a note' })
  reason: string | null;
  @ApiProperty({ enum: OUTCOME_RECORD_STATUSES, enumName: 'OutcomeRecordStatus' })
  status: OutcomeRecordStatus;
  @ApiProperty({ type: ConsortiumUserRefDto, nullable: true }) reportedBy: ConsortiumUserRefDto | null;
  @ApiProperty({ type: ConsortiumUserRefDto, nullable: true }) reviewedBy: ConsortiumUserRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewNote: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class ConsortiumOutcomesDto {
  @ApiProperty({
    enum: CONSORTIUM_OUTCOMES,
    enumName: 'ConsortiumOutcome',
    nullable: true,
    description: 'The confirmed outcome',
  })
  current: ConsortiumOutcome | null;
  @ApiProperty({ type: [ConsortiumOutcomeRecordDto], description: 'Oldest first' })
  items: ConsortiumOutcomeRecordDto[];
  @ApiProperty({ description: "Lead firm's admin on an approved consortium without a final outcome" })
  canReport: boolean;
  @ApiProperty({ description: 'Staff: reported steps wait for confirmation' }) canReview: boolean;
}
