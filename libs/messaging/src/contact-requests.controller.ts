import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ContactRequestsService } from './contact-requests.service';
import {
  BlockedFirmListDto,
  BlockFirmDto,
  ContactRequestAcceptedDto,
  ContactRequestCreatedDto,
  ContactRequestPageDto,
  CreateContactRequestDto,
  DeclineContactRequestDto,
  IdDto,
  ListContactRequestsQueryDto,
  ReportMessageDto,
} from './messaging.dto';
import { ModerationService } from './moderation.service';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('messages')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@Controller()
export class ContactRequestsController {
  constructor(
    private readonly requests: ContactRequestsService,
    private readonly moderation: ModerationService,
  ) {}

  @Authenticated('message:write-own')
  @Post('contact-requests')
  @ApiOperation({ summary: 'Ask another firm to talk (optionally about a project); it accepts or declines' })
  @ApiCreatedResponse({ type: ContactRequestCreatedDto })
  @ApiNotFoundResponse({ description: 'Firm or project not found', type: ErrorResponseDto })
  @ApiConflictResponse({
    description: 'A request to this firm about this project is pending',
    type: ErrorResponseDto,
  })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateContactRequestDto,
  ): Promise<ContactRequestCreatedDto> {
    return this.requests.create(user, dto);
  }

  @Authenticated('message:write-own')
  @Get('contact-requests')
  @ApiOperation({ summary: 'Contact requests your firm received (default) or sent, newest first' })
  @ApiOkResponse({ type: ContactRequestPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() q: ListContactRequestsQueryDto,
  ): Promise<ContactRequestPageDto> {
    return this.requests.list(user, q);
  }

  @Authenticated('message:write-own')
  @Post('contact-requests/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: opens (or reuses) the direct thread of the two firms' })
  @ApiOkResponse({ type: ContactRequestAcceptedDto })
  @ApiConflictResponse({ description: 'Already answered', type: ErrorResponseDto })
  accept(@CurrentUser() user: AuthUser, @Id() id: string): Promise<ContactRequestAcceptedDto> {
    return this.requests.accept(user, id);
  }

  @Authenticated('message:write-own')
  @Post('contact-requests/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline, with an optional reason the sender sees' })
  @ApiOkResponse({ type: ContactRequestCreatedDto })
  @ApiConflictResponse({ description: 'Already answered', type: ErrorResponseDto })
  decline(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: DeclineContactRequestDto,
  ): Promise<ContactRequestCreatedDto> {
    return this.requests.decline(user, id, dto);
  }

  @Authenticated()
  @Post('messages/:id/report')
  @ApiOperation({ summary: 'Report a message you can read as abusive; staff are notified' })
  @ApiCreatedResponse({ type: IdDto })
  @ApiConflictResponse({ description: 'You already reported it', type: ErrorResponseDto })
  report(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ReportMessageDto): Promise<IdDto> {
    return this.moderation.report(user, id, dto.reason);
  }

  @Authenticated('firm:update-own')
  @Get('blocked-firms')
  @ApiOperation({ summary: 'Firms your firm blocked' })
  @ApiOkResponse({ type: BlockedFirmListDto })
  blocked(@CurrentUser() user: AuthUser): Promise<BlockedFirmListDto> {
    return this.moderation.blocked(user);
  }

  @Authenticated('firm:update-own')
  @Post('blocked-firms')
  @HttpCode(204)
  @ApiOperation({ summary: 'Block a firm: no more contact requests or direct messages from it' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Firm not found', type: ErrorResponseDto })
  async block(@CurrentUser() user: AuthUser, @Body() dto: BlockFirmDto): Promise<void> {
    await this.moderation.block(user, dto.firmId);
  }

  @Authenticated('firm:update-own')
  @Delete('blocked-firms/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Lift a block' })
  @ApiNoContentResponse()
  async unblock(@CurrentUser() user: AuthUser, @Id() id: string): Promise<void> {
    await this.moderation.unblock(user, id);
  }
}
