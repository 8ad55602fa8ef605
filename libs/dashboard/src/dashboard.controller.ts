import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, ErrorResponseDto } from '@app/auth';
import { DashboardExportsService } from './dashboard-exports.service';
import { DashboardFiltersQueryDto } from './dashboard-filters.query';
import { DashboardSummaryService } from './dashboard-summary.service';
import { DashboardSummaryDto } from './dashboard.dto';
import { DashboardFirmFunnelDto } from './firm-funnel';

@ApiTags('dashboard')
@ApiBadRequestResponse({ description: 'Invalid filter; details name the field', type: ErrorResponseDto })
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly summaryService: DashboardSummaryService,
    private readonly exports: DashboardExportsService,
  ) {}

  @Authenticated('consortium:review')
  @Get('summary')
  @ApiOperation({
    summary:
      'Program numbers for staff: consortia by status, SME share, projects and consortia by country and sector, funnel, median days to decision',
  })
  @ApiOkResponse({ type: DashboardSummaryDto })
  summary(@Query() filters: DashboardFiltersQueryDto): Promise<DashboardSummaryDto> {
    return this.summaryService.summary(filters);
  }

  @Authenticated('consortium:review')
  @Get('review-queue.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Submitted and under-review consortia, oldest submission first' })
  @ApiOkResponse({ description: 'UTF-8 CSV with a BOM', schema: { type: 'string' } })
  reviewQueue(@Query() filters: DashboardFiltersQueryDto): Promise<StreamableFile> {
    return this.exports.reviewQueue(filters);
  }

  @Authenticated('consortium:review')
  @Get('decisions.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every staff decision with its reason and checklist, oldest first' })
  @ApiOkResponse({ description: 'UTF-8 CSV with a BOM', schema: { type: 'string' } })
  decisions(@Query() filters: DashboardFiltersQueryDto): Promise<StreamableFile> {
    return this.exports.decisions(filters);
  }

  @Authenticated('consortium:review')
  @Get('firm-funnel')
  @ApiOperation({
    summary:
      'Firms through the journey: registered → in a consortium → submitted → approved → bid → won, overall and SMEs',
  })
  @ApiOkResponse({ type: DashboardFirmFunnelDto })
  firmFunnel(@Query() filters: DashboardFiltersQueryDto): Promise<DashboardFirmFunnelDto> {
    return this.exports.firmFunnel(filters);
  }

  @Authenticated('consortium:review')
  @Get('firm-funnel.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The firm funnel as CSV: stage, firms, SME firms, SME share' })
  @ApiOkResponse({ description: 'UTF-8 CSV with a BOM', schema: { type: 'string' } })
  firmFunnelCsv(@Query() filters: DashboardFiltersQueryDto): Promise<StreamableFile> {
    return this.exports.firmFunnelCsv(filters);
  }
}
