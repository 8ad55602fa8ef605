import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsStrongPassword, MAX_PASSWORD_LENGTH } from '@app/auth';
import { normalizeEmail } from './register.dto';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'kim@example.kr', maxLength: 254 })
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The one-time token from the e-mailed link' })
  @IsString()
  @Length(20, 200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200, description: 'The new password (same policy as sign-up)' })
  @IsStrongPassword()
  password: string;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The one-time token from the e-mailed link' })
  @IsString()
  @Length(20, 200)
  token: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    description: 'At least 10 characters, not a common password',
  })
  @IsStrongPassword()
  newPassword: string;
}

export class AuthMessageDto {
  @ApiProperty({
    example: 'If an account exists for this e-mail address, we sent it a link to reset the password.',
  })
  message: string;
}

export class UpdateProfileDto {
  @ApiProperty({ required: false, example: 'Kim Minji', maxLength: 100 })
  @ValidateIf((_o, v) => v !== undefined) // null is refused, not skipped
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiProperty({ required: false, enum: ['ko', 'en'] })
  @ValidateIf((_o, v) => v !== undefined) // null is refused, not skipped
  @IsIn(['ko', 'en'])
  locale?: 'ko' | 'en';

  @ApiProperty({ required: false, description: 'Notification e-mails on or off' })
  @ValidateIf((_o, v) => v !== undefined) // null is refused, not skipped
  @IsBoolean()
  emailNotifications?: boolean;
}
