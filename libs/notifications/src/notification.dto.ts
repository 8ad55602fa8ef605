import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_TYPES, type NotificationType } from './notification-types';
import type { Notification } from './notification.entity';

export class NotificationTextDto {
  @ApiProperty() en: string;
  @ApiProperty() ko: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES, enumName: 'NotificationType' }) type: NotificationType;
  @ApiProperty({ type: NotificationTextDto }) title: NotificationTextDto;
  @ApiProperty({ type: NotificationTextDto }) body: NotificationTextDto;
  @ApiProperty({ type: String, nullable: true, description: 'Path inside the web app, e.g. /firms/<id>' })
  link: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Ids and values the web app may use (per type)',
  })
  data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;

  static from(n: Notification): NotificationDto {
    return {
      id: n.id,
      type: n.type,
      title: { en: n.titleEn, ko: n.titleKo },
      body: { en: n.bodyEn, ko: n.bodyKo },
      link: n.link,
      data: n.data,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    };
  }
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ description: 'Matching the filter' }) total: number;
  @ApiProperty({ description: 'All unread notifications of the user, whatever the filter' })
  unreadCount: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class NotificationUnreadCountDto {
  @ApiProperty() count: number;
}
