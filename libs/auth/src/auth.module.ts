import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuthController } from './auth.controller';
import { GlobalAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LocalAuthGuard, LoginThrottlerGuard } from './login.guards';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
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
      useFactory: (config: AppConfig) => [{ name: 'login', ttl: 60_000, limit: config.env.LOGIN_RATE_LIMIT }],
    }),
  ],
  controllers: [AuthController, MembersController],
  providers: [
    AuthService,
    TokensService,
    MembersService,
    RefreshCookie,
    JwtStrategy,
    LocalStrategy,
    LoginThrottlerGuard,
    LocalAuthGuard,
    { provide: APP_GUARD, useClass: GlobalAuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
