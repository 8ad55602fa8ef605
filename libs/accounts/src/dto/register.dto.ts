import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsEmail, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsStrongPassword } from '@app/auth';
import { CreateFirmDto } from '@app/firms';

export const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class RegisterDto {
  @ApiProperty({ example: 'kim@example.kr', maxLength: 254 })
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    description: 'At least 10 characters, not a common password',
  })
  @IsStrongPassword()
  password: string;

  @ApiProperty({ example: 'Kim Minji', maxLength: 100 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ type: CreateFirmDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CreateFirmDto)
  firm: CreateFirmDto;
}
