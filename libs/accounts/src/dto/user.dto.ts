import { ApiProperty } from '@nestjs/swagger';
import type { User } from '@app/auth';
import { PERMISSIONS, ROLES, permissionsOf } from '@app/common';
import type { Permission, Role } from '@app/common';
import { FirmSummaryDto, toFirmSummary, type Firm } from '@app/firms';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({
    description: 'The owner confirmed the address by the e-mailed link (sign-in is not blocked without it)',
  })
  emailVerified: boolean;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) firmId: string | null;
  @ApiProperty({ enum: PERMISSIONS, isArray: true }) permissions: Permission[];
  @ApiProperty({ type: FirmSummaryDto, nullable: true }) firm: FirmSummaryDto | null;
  @ApiProperty({ enum: ['ko', 'en'], description: 'Interface language the user chose' }) locale: 'ko' | 'en';
  @ApiProperty({ description: 'Notification e-mails on (account e-mails are always sent)' })
  emailNotifications: boolean;

  static from(user: User, firm: Firm | null): UserDto {
    return {
      id: user.id,
      email: user.email,
      emailVerified: user.emailVerifiedAt != null,
      name: user.name,
      role: user.role,
      firmId: user.firmId,
      permissions: permissionsOf(user.role),
      firm: firm ? toFirmSummary(firm) : null,
      locale: user.locale,
      emailNotifications: user.emailNotifications,
    };
  }
}

export class AuthResponseDto {
  @ApiProperty({ description: 'Short-lived JWT access token; send as `Authorization: Bearer`' })
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class InvitedMemberDto {
  @ApiProperty({ type: UserDto }) user: UserDto;

  @ApiProperty({ description: 'One-time link to set a password (returned until e-mail delivery exists)' })
  setPasswordUrl: string;

  @ApiProperty() expiresAt: Date;
}
