import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { ListNotificationsQueryDto } from './list-notifications.query';
import { NotificationPageDto, NotificationUnreadCountDto } from './notification.dto';
import { NotificationInboxService } from './notification-inbox.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Authenticated('profile:read-own')
  @Get()
  @ApiOperation({ summary: 'Your notifications, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Invalid query' })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<NotificationPageDto> {
    return this.inbox.list(user.id, query);
  }

  @Authenticated('profile:read-own')
  @Get('unread-count')
  @ApiOperation({ summary: 'Number of your unread notifications (the bell badge)' })
  @ApiOkResponse({ type: NotificationUnreadCountDto })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<NotificationUnreadCountDto> {
    return { count: await this.inbox.unreadCount(user.id) };
  }

  @Authenticated('profile:read-own')
  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark all your notifications read' })
  @ApiNoContentResponse({ description: 'Done' })
  markAllRead(@CurrentUser() user: AuthUser): Promise<void> {
    return this.inbox.markAllRead(user.id);
  }

  @Authenticated('profile:read-own')
  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of your notifications read' })
  @ApiNoContentResponse({ description: 'Done (also when it was already read)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such notification of yours' })
  markRead(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.inbox.markRead(user.id, id);
  }
}
