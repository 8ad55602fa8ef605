import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import {
  CreatePartnerRequestDto,
  ListPartnerRequestsQueryDto,
  PartnerRequestDto,
  PartnerRequestPageDto,
  PartnerRequestReplyDto,
  ReplyPartnerRequestDto,
} from './partner-request.dto';
import { PartnerRequestsService } from './partner-requests.service';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('partner-requests')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@Controller('partner-requests')
export class PartnerRequestsController {
  constructor(private readonly requests: PartnerRequestsService) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOperation({
    summary: 'Open partner requests (newest first), filtered; `mine=true` for your own, also closed',
  })
  @ApiOkResponse({ type: PartnerRequestPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() q: ListPartnerRequestsQueryDto,
  ): Promise<PartnerRequestPageDto> {
    return this.requests.list(user, q);
  }

  @Authenticated('partner-request:write-own')
  @Post()
  @ApiOperation({ summary: 'Publish what partner your firm seeks; firms whose capabilities fit are told' })
  @ApiCreatedResponse({ type: PartnerRequestDto })
  @ApiNotFoundResponse({ description: 'Project not found', type: ErrorResponseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePartnerRequestDto): Promise<PartnerRequestDto> {
    return this.requests.create(user, dto);
  }

  @Authenticated('firm:read')
  @Get(':id')
  @ApiOperation({ summary: 'One partner request' })
  @ApiOkResponse({ type: PartnerRequestDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  get(@CurrentUser() user: AuthUser, @Id() id: string): Promise<PartnerRequestDto> {
    return this.requests.get(user, id);
  }

  @Authenticated('partner-request:write-own')
  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close your firm’s request (idempotent)' })
  @ApiOkResponse({ type: PartnerRequestDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  close(@CurrentUser() user: AuthUser, @Id() id: string): Promise<PartnerRequestDto> {
    return this.requests.close(user, id);
  }

  @Authenticated('message:write-own')
  @Post(':id/reply')
  @ApiOperation({
    summary: 'Reply: sends a contact request to the publishing firm (about its project, if any)',
  })
  @ApiCreatedResponse({ type: PartnerRequestReplyDto })
  @ApiConflictResponse({
    description: 'A contact request to this firm about this project is pending',
    type: ErrorResponseDto,
  })
  reply(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: ReplyPartnerRequestDto,
  ): Promise<PartnerRequestReplyDto> {
    return this.requests.reply(user, id, dto.message);
  }
}
