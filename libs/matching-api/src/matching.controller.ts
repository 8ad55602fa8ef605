import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Authenticated, CostlyRouteThrottle, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import type { Response } from 'express';
import { ConsortiumService } from './consortium.service';
import { FirmMatchingService } from './firm-matching.service';
import { sendJsonBody } from './json-body';
import { MatchFirmListDto, MatchPartnerListDto, MatchProjectListDto } from './match-fit.dto';
import {
  ConsortiumQueryDto,
  MatchFirmsQueryDto,
  MatchPartnersQueryDto,
  MatchProjectsQueryDto,
} from './matching.query';
import { TeamPreviewDto } from './team-preview.dto';
import { ConsortiumSuggestionsDto, TeamReportDto } from './team-report.dto';

@ApiTags('matching')
@ApiBadRequestResponse({
  description: 'Invalid id or parameter; details name each field',
  type: ErrorResponseDto,
})
@ApiTooManyRequestsResponse({
  description: 'More than MATCHING_RATE_LIMIT requests a minute by this user (see Retry-After)',
  type: ErrorResponseDto,
})
@CostlyRouteThrottle()
@Controller()
export class MatchingController {
  constructor(
    private readonly firmMatching: FirmMatchingService,
    private readonly consortia: ConsortiumService,
  ) {}

  @Authenticated('project:read')
  @Get('projects/:id/matches')
  @ApiOperation({ summary: 'Verified firms ranked by fit for the project, each with its score breakdown' })
  @ApiOkResponse({ type: MatchFirmListDto })
  @ApiNotFoundResponse({ description: 'Project not found', type: ErrorResponseDto })
  async firmsForProject(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MatchFirmsQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendJsonBody(res, await this.firmMatching.firmsForProject(id, query));
  }

  @Authenticated('project:read')
  @Get('projects/:id/consortium-suggestions')
  @ApiOperation({
    summary:
      'Alternative consortia that satisfy the project team rules (or the best partial teams and why none does)',
  })
  @ApiOkResponse({ type: ConsortiumSuggestionsDto })
  @ApiNotFoundResponse({
    description: 'Project not found, or leadFirmId is not a verified firm',
    type: ErrorResponseDto,
  })
  async consortiumSuggestions(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ConsortiumQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendJsonBody(res, await this.consortia.suggest(user, id, query));
  }

  @Authenticated('firm:read')
  @Get('firms/:id/project-matches')
  @ApiOperation({
    summary: 'Open and announced projects ranked by fit for the firm (its own users and staff)',
  })
  @ApiOkResponse({
    type: MatchProjectListDto,
    description: 'Empty with a note while the firm is not verified',
  })
  @ApiNotFoundResponse({ description: 'Firm not found', type: ErrorResponseDto })
  async projectsForFirm(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MatchProjectsQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendJsonBody(res, await this.firmMatching.projectsForFirm(user, id, query));
  }

  @Authenticated('firm:read')
  @Get('firms/:id/partner-suggestions')
  @ApiOperation({ summary: "Firms that complement this firm's gaps for a project (its own users and staff)" })
  @ApiOkResponse({
    type: MatchPartnerListDto,
    description: 'Empty with a note while the firm is not verified',
  })
  @ApiNotFoundResponse({ description: 'Firm or project not found', type: ErrorResponseDto })
  async partnerSuggestions(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MatchPartnersQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    return sendJsonBody(res, await this.firmMatching.partnersFor(user, id, query));
  }

  @Authenticated('project:read')
  @Post('matching/team-preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Coverage matrix, gaps and rule checks for a hand-picked team' })
  @ApiOkResponse({ type: TeamReportDto })
  @ApiNotFoundResponse({
    description: 'Project not found, or a member is not a verified firm (details name members[i].firmId)',
    type: ErrorResponseDto,
  })
  teamPreview(@Body() dto: TeamPreviewDto): Promise<TeamReportDto> {
    return this.consortia.preview(dto);
  }
}
