import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { GlobalAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { EmailVerificationService } from './email-verification.service';
import { AuthThrottlerGuard, authThrottlers, LocalAuthGuard } from './login.guards';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { PasswordVersions } from './password-versions';
import { PasswordsService } from './passwords.service';
import { RefreshCookie } from './refresh-cookie';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ throttlers: authThrottlers(config.env) }),
    }),
  ],
  controllers: [AuthController, AccountController, MembersController],
  providers: [
    AuthService,
    TokensService,
    MembersService,
    PasswordsService,
    EmailVerificationService,
    PasswordVersions,
    RefreshCookie,
    JwtStrategy,
    LocalStrategy,
    AuthThrottlerGuard,
    LocalAuthGuard,
    { provide: APP_GUARD, useClass: GlobalAuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
