import { Controller, Get, Header } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';
import { ErrorResponseDto, Public } from '@app/auth';
import { HealthIndicatorStatusDto, HealthLiveDto, HealthReadyDto } from './health.dto';
import { HealthService } from './health.service';

const NO_CACHE = 'no-cache, no-store, must-revalidate';

@ApiTags('health')
@ApiExtraModels(HealthIndicatorStatusDto)
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @Header('Cache-Control', NO_CACHE)
  @ApiOperation({ summary: 'Readiness (same as /health/ready)' })
  @ApiOkResponse({ type: HealthReadyDto })
  @ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: 'The database does not answer within 1 s',
  })
  check(): Promise<HealthCheckResult> {
    return this.health.ready();
  }

  @Public()
  @Get('live')
  @Header('Cache-Control', NO_CACHE)
  @ApiOperation({ summary: 'Liveness: the process runs (no database check)' })
  @ApiOkResponse({ type: HealthLiveDto })
  live(): HealthLiveDto {
    return this.health.live();
  }

  @Public()
  @Get('ready')
  @Header('Cache-Control', NO_CACHE)
  @ApiOperation({ summary: 'Readiness: the database answers within 1 s' })
  @ApiOkResponse({ type: HealthReadyDto })
  @ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: 'The database does not answer within 1 s',
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.ready();
  }
}
