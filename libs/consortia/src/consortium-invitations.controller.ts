import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { ConsortiumInviteDto, DeclineInvitationDto } from './consortium-input.dto';
import { ConsortiumDetailDto, ConsortiumInvitationDto, ConsortiumInvitationListDto } from './consortium.dto';
import { InvitationsService } from './invitations.service';
import { ListInvitationsQueryDto } from './list-consortia.query';

const Id = () => Param('id', ParseUUIDPipe);
const MemberId = () => Param('memberId', ParseUUIDPipe);

@ApiTags('consortia')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@Controller()
export class ConsortiumInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Authenticated('consortium:read-own')
  @Get('invitations')
  @ApiOperation({
    summary: "The signed-in firm's invitations: pending first, then answers from the last 90 days",
  })
  @ApiOkResponse({ type: ConsortiumInvitationListDto })
  inbox(
    @CurrentUser() user: AuthUser,
    @Query() query: ListInvitationsQueryDto,
  ): Promise<ConsortiumInvitationListDto> {
    return this.invitations.inbox(user, query);
  }

  @Authenticated('consortium:write-own')
  @Post('consortia/:id/invitations')
  @ApiOperation({
    summary: "Invite a verified firm (lead firm's admin; draft, inviting, ready or changes requested)",
  })
  @ApiCreatedResponse({ type: ConsortiumDetailDto })
  @ApiNotFoundResponse({ description: 'Consortium or firm not found', type: ErrorResponseDto })
  @ApiConflictResponse({
    description: 'This firm is already in another consortium for this project; or the team is not editable',
    type: ErrorResponseDto,
  })
  @ApiUnprocessableEntityResponse({
    description: 'Firm not verified; project closed or past its deadline',
    type: ErrorResponseDto,
  })
  invite(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: ConsortiumInviteDto,
  ): Promise<ConsortiumDetailDto> {
    return this.invitations.invite(user, id, dto);
  }

  @Authenticated('consortium:write-own')
  @Post('consortia/:id/invitations/:memberId/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept (an admin of the invited firm); accepting again answers the same' })
  @ApiOkResponse({ type: ConsortiumInvitationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ description: 'Expired, declined or removed', type: ErrorResponseDto })
  accept(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @MemberId() memberId: string,
  ): Promise<ConsortiumInvitationDto> {
    return this.invitations.accept(user, id, memberId);
  }

  @Authenticated('consortium:write-own')
  @Post('consortia/:id/invitations/:memberId/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline with a reason (an admin of the invited firm); the lead is told' })
  @ApiOkResponse({ type: ConsortiumInvitationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ description: 'Expired or already answered', type: ErrorResponseDto })
  decline(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @MemberId() memberId: string,
    @Body() dto: DeclineInvitationDto,
  ): Promise<ConsortiumInvitationDto> {
    return this.invitations.decline(user, id, memberId, dto);
  }
}
