import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { normalizeEmail } from './register.dto';

export class InviteMemberDto {
  @ApiProperty({ example: 'lee@example.kr' })
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Lee Jun', maxLength: 100 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: ['firm_member', 'firm_admin'], required: false, default: 'firm_member' })
  @IsOptional()
  @IsIn(['firm_member', 'firm_admin'])
  role?: 'firm_member' | 'firm_admin';
}
