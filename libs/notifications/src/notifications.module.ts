import { Global, Module } from '@nestjs/common';
import { MAILER, NodemailerMailer } from './mailer';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { OutboxWorker } from './outbox.worker';

/** Global: firms, projects and consortia inject NotificationsService without importing this module (no cycles). */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationInboxService,
    OutboxWorker,
    { provide: MAILER, useClass: NodemailerMailer },
  ],
  exports: [NotificationsService, OutboxWorker, MAILER],
})
export class NotificationsModule {}
