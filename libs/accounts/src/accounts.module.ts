import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { FirmsModule } from '@app/firms';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { RegistrationService } from './registration.service';
import { AccountViews } from './account-views';
import { SessionResponse } from './session-response';

/**
 * The account API (`/auth/*`, `/firms/:id/members`): sign-up creates a firm and its admin, and every
 * answer about a user carries their firm, so it sits above both auth (identity) and firms.
 */
@Module({
  imports: [AuthModule, FirmsModule],
  controllers: [AuthController, AccountController, MembersController],
  providers: [RegistrationService, MembersService, AccountViews, SessionResponse],
  exports: [SessionResponse, AccountViews],
})
export class AccountsModule {}
