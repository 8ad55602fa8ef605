import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ConsortiaService } from './consortia.service';
import { ConsortiumHistoryService } from './consortium-history.service';
import { ChangeMemberRoleDto, CreateConsortiumDto, WithdrawConsortiumDto } from './consortium-input.dto';
import { ConsortiumDetailDto, ConsortiumHistoryDto, ConsortiumListDto } from './consortium.dto';
import { ConsortiumHistoryQueryDto, ListConsortiaQueryDto } from './list-consortia.query';
import { SubmissionService } from './submission.service';

const Id = () => Param('id', ParseUUIDPipe);
const MemberId = () => Param('memberId', ParseUUIDPipe);

@ApiTags('consortia')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@Controller('consortia')
export class ConsortiaController {
  constructor(
    private readonly consortia: ConsortiaService,
    private readonly submission: SubmissionService,
    private readonly history: ConsortiumHistoryService,
  ) {}

  @Authenticated('consortium:write-own')
  @Post()
  @ApiOperation({
    summary: "Create a consortium led by the caller's verified firm; `members` are invited at once",
  })
  @ApiCreatedResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ description: 'Project or invited firm not found', type: ErrorResponseDto })
  @ApiConflictResponse({
    description: 'The lead or an invited firm already has a live consortium for the project',
    type: ErrorResponseDto,
  })
  @ApiUnprocessableEntityResponse({
    description: 'Project closed or past its deadline; invited firm not verified',
    type: ErrorResponseDto,
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateConsortiumDto): Promise<ConsortiumDetailDto> {
    return this.consortia.create(user, dto);
  }

  @Authenticated()
  @Get()
  @ApiOperation({
    summary:
      'Firms: consortia they lead or sit in. Staff: every consortium, oldest submission first (the review queue)',
  })
  @ApiOkResponse({ type: ConsortiumListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListConsortiaQueryDto): Promise<ConsortiumListDto> {
    return this.consortia.list(user, query);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'Members, live team preview (coverage, gaps, rule checks), readiness, decisions' })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ description: 'Not found or not visible to the caller', type: ErrorResponseDto })
  get(@CurrentUser() user: AuthUser, @Id() id: string): Promise<ConsortiumDetailDto> {
    return this.consortia.get(user, id);
  }

  @Authenticated()
  @Get(':id/history')
  @ApiOperation({ summary: 'The append-only event log, oldest first' })
  @ApiOkResponse({ type: ConsortiumHistoryDto })
  @ApiNotFoundResponse({ description: 'Not found or not visible to the caller', type: ErrorResponseDto })
  getHistory(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Query() query: ConsortiumHistoryQueryDto,
  ): Promise<ConsortiumHistoryDto> {
    return this.history.list(user, id, query);
  }

  @Authenticated('consortium:write-own')
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: "Submit for staff review (lead firm's admin)" })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ description: 'Already submitted, decided or withdrawn', type: ErrorResponseDto })
  @ApiUnprocessableEntityResponse({
    description: 'Failing checks: each in details as {field, message: "<code>: <sentence>"}',
    type: ErrorResponseDto,
  })
  submit(@CurrentUser() user: AuthUser, @Id() id: string): Promise<ConsortiumDetailDto> {
    return this.submission.submit(user, id);
  }

  @Authenticated('consortium:write-own')
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: "Withdraw before a decision (lead firm's admin); frees every member's seat" })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ description: 'Already decided or withdrawn', type: ErrorResponseDto })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: WithdrawConsortiumDto,
  ): Promise<ConsortiumDetailDto> {
    return this.consortia.withdraw(user, id, dto);
  }

  @Authenticated('consortium:write-own')
  @Delete(':id/members/:memberId')
  @ApiOperation({ summary: "Remove a member or cancel an invitation (lead firm's admin, before submission)" })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    description: 'Team not editable in this status, or the seat is no longer live',
    type: ErrorResponseDto,
  })
  removeMember(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @MemberId() memberId: string,
  ): Promise<ConsortiumDetailDto> {
    return this.consortia.removeMember(user, id, memberId);
  }

  @Authenticated('consortium:write-own')
  @Patch(':id/members/:memberId')
  @ApiOperation({ summary: "Change a member's role (lead firm's admin, before submission)" })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ description: 'Team not editable in this status', type: ErrorResponseDto })
  changeRole(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @MemberId() memberId: string,
    @Body() dto: ChangeMemberRoleDto,
  ): Promise<ConsortiumDetailDto> {
    return this.consortia.changeRole(user, id, memberId, dto);
  }
}
