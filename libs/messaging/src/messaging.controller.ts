import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { PaginationQueryDto } from '@app/database';
import { MessageDto, MessagePageDto, PostMessageDto, ThreadPageDto } from './messaging.dto';
import { ThreadsService } from './threads.service';

const Id = () => Param('id', ParseUUIDPipe);

@ApiTags('messages')
@ApiBadRequestResponse({
  description: 'Invalid id or input; details name each field',
  type: ErrorResponseDto,
})
@Controller()
export class MessagingController {
  constructor(private readonly threads: ThreadsService) {}

  @Authenticated()
  @Get('consortia/:id/messages')
  @ApiOperation({
    summary:
      "The consortium's thread, newest first; reading page 1 marks it read. Lead and accepted members; staff once submitted",
  })
  @ApiOkResponse({ type: MessagePageDto })
  @ApiNotFoundResponse({ description: 'No such consortium, or not yours', type: ErrorResponseDto })
  consortiumMessages(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Query() q: PaginationQueryDto,
  ): Promise<MessagePageDto> {
    return this.threads.consortiumMessages(user, id, q);
  }

  @Authenticated('message:write-own')
  @Post('consortia/:id/messages')
  @ApiOperation({ summary: "Post to the consortium's thread (lead and accepted members)" })
  @ApiCreatedResponse({ type: MessageDto })
  @ApiNotFoundResponse({ description: 'No such consortium, or not yours', type: ErrorResponseDto })
  postToConsortium(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: PostMessageDto,
  ): Promise<MessageDto> {
    return this.threads.postToConsortium(user, id, dto);
  }

  @Authenticated('message:write-own')
  @Get('threads')
  @ApiOperation({
    summary: "Your firm's threads (direct and consortium), latest activity first, with unread counts",
  })
  @ApiOkResponse({ type: ThreadPageDto })
  list(@CurrentUser() user: AuthUser, @Query() q: PaginationQueryDto): Promise<ThreadPageDto> {
    return this.threads.list(user, q);
  }

  @Authenticated()
  @Get('threads/:id/messages')
  @ApiOperation({ summary: 'Messages of a thread, newest first; reading page 1 marks it read' })
  @ApiOkResponse({ type: MessagePageDto })
  @ApiNotFoundResponse({ description: 'No such thread, or not yours', type: ErrorResponseDto })
  threadMessages(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Query() q: PaginationQueryDto,
  ): Promise<MessagePageDto> {
    return this.threads.threadMessages(user, id, q);
  }

  @Authenticated('message:write-own')
  @Post('threads/:id/messages')
  @ApiOperation({ summary: 'Post to a thread' })
  @ApiCreatedResponse({ type: MessageDto })
  @ApiForbiddenResponse({
    description: 'Read-only for you (staff, or the firms blocked each other)',
    type: ErrorResponseDto,
  })
  @ApiNotFoundResponse({ description: 'No such thread, or not yours', type: ErrorResponseDto })
  postToThread(
    @CurrentUser() user: AuthUser,
    @Id() id: string,
    @Body() dto: PostMessageDto,
  ): Promise<MessageDto> {
    return this.threads.postToThread(user, id, dto);
  }
}
