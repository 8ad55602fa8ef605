import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging';
import { NotificationsModule } from '@app/notifications';
import { TaxonomyModule } from '@app/taxonomy';
import { PartnerDigestService } from './partner-digest.service';
import { PartnerRequestsController } from './partner-requests.controller';
import { PartnerRequestsService } from './partner-requests.service';

/** Partnership requests ("we seek a partner who can do X"), the fit announcement and its e-mail digest. */
@Module({
  imports: [MessagingModule, NotificationsModule, TaxonomyModule],
  controllers: [PartnerRequestsController],
  providers: [PartnerRequestsService, PartnerDigestService],
  exports: [PartnerDigestService],
})
export class PartnerRequestsModule {}
