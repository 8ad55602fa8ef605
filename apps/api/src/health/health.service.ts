import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import type { HealthLiveDto } from './health.dto';

/** A probe must answer well within an orchestrator's timeout, even when the database hangs. */
export const DB_PING_TIMEOUT_MS = 1000;

@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** The process runs and serves requests; deliberately no database (a restart would not fix it). */
  live(): HealthLiveDto {
    return { status: 'ok' };
  }

  /** Ready for traffic: the database answers `SELECT 1` within DB_PING_TIMEOUT_MS. */
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.db.pingCheck('database', { timeout: DB_PING_TIMEOUT_MS })]);
    } catch (e) {
      // Terminus puts its whole result (with driver messages) in the exception; answer the standard shape instead.
      if (e instanceof ServiceUnavailableException)
        throw new ServiceUnavailableException('The database is unavailable; try again shortly');
      throw e;
    }
  }
}
