import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'firm.name' }) field: string;
  @ApiProperty({ example: 'name must be longer than or equal to 2 characters' }) message: string;
}

export class ErrorResponseDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Validation failed' }) message: string;
  @ApiProperty({ type: [FieldErrorDto], required: false }) details?: FieldErrorDto[];
}
