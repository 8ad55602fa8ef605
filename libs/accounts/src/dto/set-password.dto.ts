import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsStrongPassword } from '@app/auth';

export class SetPasswordDto {
  @ApiProperty({ description: 'The one-time token from the invitation link' })
  @IsString()
  @Length(20, 200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsStrongPassword()
  password: string;
}
