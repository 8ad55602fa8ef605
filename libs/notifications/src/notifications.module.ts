import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications with an e-mail copy through the mail outbox. Features import this module to notify. */
@Module({
  imports: [MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationInboxService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
