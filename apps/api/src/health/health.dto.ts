import { ApiProperty } from '@nestjs/swagger';

export class HealthLiveDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class HealthIndicatorStatusDto {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
}

/** Terminus' result on success (the failure is the standard 503 error). */
export class HealthReadyDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/HealthIndicatorStatusDto' },
    example: { database: { status: 'up' } },
  })
  info: Record<string, HealthIndicatorStatusDto>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/HealthIndicatorStatusDto' },
    example: {},
  })
  error: Record<string, HealthIndicatorStatusDto>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/HealthIndicatorStatusDto' },
    example: { database: { status: 'up' } },
  })
  details: Record<string, HealthIndicatorStatusDto>;
}
