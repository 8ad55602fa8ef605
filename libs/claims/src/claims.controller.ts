import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  Authenticated,
  CurrentUser,
  ErrorResponseDto,
  Public,
  TokenThrottle,
  type AuthUser,
} from '@app/auth';
import { AuthResponseDto, SessionResponse } from '@app/accounts';
import {
  ClaimDecisionInputDto,
  ClaimDto,
  ClaimInvitationDto,
  ClaimListDto,
  ClaimSignUpDto,
  ClaimTokenDto,
  ListClaimsQueryDto,
} from './claim.dto';
import { ClaimsService } from './claims.service';

@ApiTags('claims')
@ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Invalid input; details name each field' })
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly session: SessionResponse,
  ) {}

  @Public()
  @Post('invitation')
  @HttpCode(200)
  @TokenThrottle()
  @ApiOperation({ summary: 'What a claim link is for (firm, invited address, project); does not spend it' })
  @ApiOkResponse({ type: ClaimInvitationDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  invitation(@Body() dto: ClaimTokenDto): Promise<ClaimInvitationDto> {
    return this.claims.invitation(dto.token);
  }

  @Public()
  @Post()
  @TokenThrottle()
  @ApiOperation({
    summary:
      'Sign up through a claim link and ask to run the firm: the account gets the invited address; staff decide',
  })
  @ApiCreatedResponse({ type: AuthResponseDto, description: 'Signed in; the claim is pending' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'Firm already on the platform, or e-mail taken',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  async signUp(
    @Body() dto: ClaimSignUpDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponseDto> {
    return this.session.send(res, await this.claims.signUp(dto));
  }

  @Authenticated('claim:read-own')
  @Get('mine')
  @ApiOperation({ summary: 'Your own claims and their decisions' })
  @ApiOkResponse({ type: ClaimListDto })
  mine(@CurrentUser() user: AuthUser): Promise<ClaimListDto> {
    return this.claims.mine(user);
  }

  @Authenticated('claim:review')
  @Get()
  @ApiOperation({ summary: 'Staff queue of claims (default: pending, oldest first)' })
  @ApiOkResponse({ type: ClaimListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListClaimsQueryDto): Promise<ClaimListDto> {
    return this.claims.list(user, query);
  }

  @Authenticated('claim:review')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (the claimant becomes the firm admin) or reject with a reason' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'Already decided, or the firm is already on the platform',
  })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ClaimDecisionInputDto,
  ): Promise<ClaimDto> {
    return this.claims.decide(user, id, dto);
  }
}
