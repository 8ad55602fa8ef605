import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardExportsService } from './dashboard-exports.service';
import { DashboardSummaryService } from './dashboard-summary.service';

/** Read-only program dashboard for staff: aggregates over consortia, members, events and decisions. */
@Module({
  controllers: [DashboardController],
  providers: [DashboardSummaryService, DashboardExportsService],
})
export class DashboardModule {}
