import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { ContactRequestsController } from './contact-requests.controller';
import { ContactRequestsService } from './contact-requests.service';
import { MessagingController } from './messaging.controller';
import { ModerationService } from './moderation.service';
import { ThreadsService } from './threads.service';

/** Consortium threads, firm-to-firm contact requests and direct threads, reports and blocks. */
@Module({
  imports: [NotificationsModule],
  controllers: [MessagingController, ContactRequestsController],
  providers: [ThreadsService, ContactRequestsService, ModerationService],
  exports: [ContactRequestsService],
})
export class MessagingModule {}
