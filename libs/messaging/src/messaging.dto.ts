import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '@app/database';
import { CONTACT_REQUEST_STATUSES, type ContactRequestStatus } from './contact-request.entity';
import { THREAD_KINDS, type ThreadKind } from './message-thread.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const MAX_MESSAGE_LENGTH = 4000;

export class PostMessageDto {
  @ApiProperty({ maxLength: MAX_MESSAGE_LENGTH, description: 'Plain text; markup is shown as typed' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_MESSAGE_LENGTH)
  body: string;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Idempotency key chosen by the sender: posting again with it returns the first message',
  })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}

export class FirmRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameKo: string | null;
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) threadId: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'uuid' }) authorUserId: string;
  @ApiProperty() authorName: string;
  @ApiProperty({ type: FirmRefDto, nullable: true }) authorFirm: FirmRefDto | null;
  @ApiProperty({ description: 'Written by the caller' }) mine: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class ThreadRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: THREAD_KINDS, enumName: 'ThreadKind' }) kind: ThreadKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) consortiumId: string | null;
  @ApiProperty({ description: 'The caller may post' }) canWrite: boolean;
  @ApiProperty({ enum: ['staff', 'blocked'], required: false }) readOnlyReason?: 'staff' | 'blocked';
}

export class MessagePageDto {
  @ApiProperty({ type: ThreadRefDto }) thread: ThreadRefDto;
  @ApiProperty({ type: [MessageDto], description: 'Newest first' }) items: MessageDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ThreadSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: THREAD_KINDS, enumName: 'ThreadKind' }) kind: ThreadKind;
  @ApiProperty({ description: 'Consortium name, or the other firm' }) title: string;
  @ApiProperty({ type: String, nullable: true }) titleKo: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) consortiumId: string | null;
  @ApiProperty({ type: FirmRefDto, nullable: true, description: 'Direct threads: the other firm' })
  otherFirm: FirmRefDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) projectId: string | null;
  @ApiProperty({ type: String, nullable: true }) projectTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) lastMessage: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastMessageAt: string | null;
  @ApiProperty() unreadCount: number;
}

export class ThreadPageDto {
  @ApiProperty({ type: [ThreadSummaryDto] }) items: ThreadSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Unread messages over all your threads' }) unreadCount: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class CreateContactRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toFirmId: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'The project it is about' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  message: string;
}

export class ContactRequestCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONTACT_REQUEST_STATUSES, enumName: 'ContactRequestStatus' })
  status: ContactRequestStatus;
}

export class ContactRequestAcceptedDto {
  @ApiProperty({ format: 'uuid' }) threadId: string;
}

export class DeclineContactRequestDto {
  @ApiProperty({ required: false, maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListContactRequestsQueryDto extends PaginationQueryDto {
  @ApiProperty({ required: false, enum: ['received', 'sent'], default: 'received' })
  @IsOptional()
  @IsIn(['received', 'sent'])
  direction: 'received' | 'sent' = 'received';

  @ApiProperty({ required: false, enum: CONTACT_REQUEST_STATUSES, enumName: 'ContactRequestStatus' })
  @IsOptional()
  @IsIn(CONTACT_REQUEST_STATUSES)
  status?: ContactRequestStatus;
}

export class ContactRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: FirmRefDto }) fromFirm: FirmRefDto;
  @ApiProperty({ type: FirmRefDto }) toFirm: FirmRefDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) projectId: string | null;
  @ApiProperty({ type: String, nullable: true }) projectTitle: string | null;
  @ApiProperty() message: string;
  @ApiProperty({ enum: CONTACT_REQUEST_STATUSES, enumName: 'ContactRequestStatus' })
  status: ContactRequestStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) threadId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
}

export class ContactRequestPageDto {
  @ApiProperty({ type: [ContactRequestDto] }) items: ContactRequestDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ReportMessageDto {
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class BlockFirmDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  firmId: string;
}

export class BlockedFirmListDto {
  @ApiProperty({ type: [FirmRefDto] }) items: FirmRefDto[];
}

export class IdDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}
