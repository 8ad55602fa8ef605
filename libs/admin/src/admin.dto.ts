import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@app/common';
import { PaginationQueryDto } from '@app/database';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListUsersQueryDto extends PaginationQueryDto {
  @ApiProperty({ required: false, maxLength: 200, description: 'Substring of the name or e-mail' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() || undefined : value,
  )
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ required: false, enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class AdminUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) firmId: string | null;
  @ApiProperty({ type: String, nullable: true }) firmName: string | null;
  @ApiProperty() emailVerified: boolean;
  @ApiProperty({ description: 'false until an invited user set a password' }) hasPassword: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deactivatedAt: string | null;
  @ApiProperty({ description: 'Refresh sessions not revoked nor expired' }) activeSessions: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class AdminUserPageDto {
  @ApiProperty({ type: [AdminUserDto] }) items: AdminUserDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class CreateStaffDto {
  @ApiProperty({ example: 'choi@kcity.example.kr', maxLength: 254 })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Choi Hana', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: ['staff', 'admin'] })
  @IsIn(['staff', 'admin'])
  role: 'staff' | 'admin';
}

export class CreatedStaffDto {
  @ApiProperty({ type: AdminUserDto }) user: AdminUserDto;
  @ApiProperty({ description: 'One-time link to set a password (also e-mailed)' }) setPasswordUrl: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
}

export class ChangeRoleDto {
  @ApiProperty({
    enum: ROLES,
    description: 'staff ↔ admin for staff accounts, firm_member ↔ firm_admin for firm accounts',
  })
  @IsIn(ROLES)
  role: Role;
}

export const AUDIT_KINDS = [
  'staff_created',
  'role_changed',
  'user_deactivated',
  'user_reactivated',
  'sessions_revoked',
  'consortium_decision',
  'firm_verification',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export class ListAuditQueryDto extends PaginationQueryDto {
  @ApiProperty({ required: false, enum: AUDIT_KINDS })
  @IsOptional()
  @IsIn(AUDIT_KINDS)
  kind?: AuditKind;
}

export class AuditEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: AUDIT_KINDS, enumName: 'AuditKind' }) kind: AuditKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who or what it was about (user, consortium, firm)',
  })
  subject: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Path in the web app, when there is a page' })
  link: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per kind: role from/to, decision and reason, verification status and reason',
  })
  data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
