import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ConsortiumOutcomeInputDto, ReviewOutcomeDto } from './consortium-input.dto';
import { ConsortiumOutcomeRecordDto, ConsortiumOutcomesDto } from './consortium.dto';
import { OutcomesService } from './outcomes.service';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('consortia')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@ApiNotFoundResponse({ description: 'Consortium or outcome not found', type: ErrorResponseDto })
@Controller('consortia/:id/outcomes')
export class ConsortiumOutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'The outcome sequence after approval (members and staff)' })
  @ApiOkResponse({ type: ConsortiumOutcomesDto })
  list(@CurrentUser() user: AuthUser, @Id() id: string): Promise<ConsortiumOutcomesDto> {
    return this.outcomes.list(user, id);
  }

  @Authenticated('consortium:write-own')
  @Post()
  @ApiOperation({
    summary:
      "Report a step (lead firm's admin): bid_submitted, shortlisted, selected, contract_signed (amount, currency) or not_selected (reason); staff confirm it",
  })
  @ApiCreatedResponse({ type: ConsortiumOutcomeRecordDto })
  @ApiConflictResponse({
    description: 'Not approved, not a forward step, or already reported',
    type: ErrorResponseDto,
  })
  report(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: ConsortiumOutcomeInputDto,
  ): Promise<ConsortiumOutcomeRecordDto> {
    return this.outcomes.report(user, id, dto);
  }

  @Authenticated('consortium:review')
  @Post(':outcomeId/review')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a reported step (the consortium outcome moves on) or reject it with a note (staff)',
  })
  @ApiOkResponse({ type: ConsortiumOutcomeRecordDto })
  @ApiConflictResponse({
    description: 'Already reviewed, or no longer a forward step',
    type: ErrorResponseDto,
  })
  review(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Param('outcomeId', ParseUUIDPipe) outcomeId: string,
    @Body() dto: ReviewOutcomeDto,
  ): Promise<ConsortiumOutcomeRecordDto> {
    return this.outcomes.review(user, id, outcomeId, dto);
  }
}
