import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ConsortiumDecisionInputDto, ConsortiumOutcomeInputDto } from './consortium-input.dto';
import { ConsortiumDetailDto } from './consortium.dto';
import { ReviewService } from './review.service';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('consortia')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@ApiNotFoundResponse({ description: 'Consortium not found', type: ErrorResponseDto })
@Controller('consortia/:id')
export class ConsortiumReviewController {
  constructor(private readonly review: ReviewService) {}

  @Authenticated('consortium:review')
  @Post('review/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a submitted consortium into review (staff)' })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiConflictResponse({ description: 'Not submitted', type: ErrorResponseDto })
  start(@CurrentUser() user: AuthUser, @Id() id: string): Promise<ConsortiumDetailDto> {
    return this.review.start(user, id);
  }

  @Authenticated('consortium:review')
  @Post('decision')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve, reject or request changes with a reason and checklist (staff); stores a snapshot of the team',
  })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiConflictResponse({
    description: 'Not under review, or the version changed (someone else decided or the team changed)',
    type: ErrorResponseDto,
  })
  decide(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: ConsortiumDecisionInputDto,
  ): Promise<ConsortiumDetailDto> {
    return this.review.decide(user, id, dto);
  }

  @Authenticated('consortium:review')
  @Post('outcome')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record what happened after approval: selected, not selected, contract signed (staff)',
  })
  @ApiOkResponse({ type: ConsortiumDetailDto })
  @ApiConflictResponse({
    description: 'Not approved, or the outcome cannot change that way',
    type: ErrorResponseDto,
  })
  outcome(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: ConsortiumOutcomeInputDto,
  ): Promise<ConsortiumDetailDto> {
    return this.review.outcome(user, id, dto);
  }
}
