import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AuthModule } from '@app/auth';
import { FirmsModule } from '@app/firms';
import { NotificationsModule } from '@app/notifications';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';

/** Claiming firm profiles that are not yet on the platform (`/claims`); consortia issue the links. */
@Module({
  imports: [AuthModule, AccountsModule, FirmsModule, NotificationsModule],
  controllers: [ClaimsController],
  providers: [ClaimsService],
})
export class ClaimsModule {}
