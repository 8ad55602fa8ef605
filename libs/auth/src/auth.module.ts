import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MailModule } from '@app/mail';
import { GlobalAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { EmailVerificationService } from './email-verification.service';
import { AuthThrottlerGuard, authThrottlers, LocalAuthGuard } from './login.guards';
import { PasswordVersions } from './password-versions';
import { PasswordsService } from './passwords.service';
import { RateLimitStorage, RateLimitStorageModule } from './rate-limit-storage';
import { RefreshCookie } from './refresh-cookie';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { TokensService } from './tokens.service';

/**
 * Identity: users, sessions, passwords, one-time tokens and the global guard (every route needs a
 * valid access token unless @Public()). No routes: the account API (libs/accounts) serves them.
 */
@Module({
  imports: [
    MailModule,
    PassportModule,
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [APP_CONFIG, RateLimitStorage],
      useFactory: (config: AppConfig, storage: RateLimitStorage) => ({
        throttlers: authThrottlers(config.env),
        storage,
      }),
    }),
  ],
  providers: [
    AuthService,
    TokensService,
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
  exports: [
    AuthService,
    TokensService,
    PasswordsService,
    EmailVerificationService,
    RefreshCookie,
    AuthThrottlerGuard,
    LocalAuthGuard,
  ],
})
export class AuthModule {}
