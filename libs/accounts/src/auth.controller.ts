import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  accountLinkBase,
  Authenticated,
  AuthService,
  CurrentUser,
  ErrorResponseDto,
  LoginGuards,
  PasswordsService,
  Public,
  SignUpThrottle,
  RefreshCookie,
  type AuthUser,
  type User,
} from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccountViews } from './account-views';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { AuthResponseDto, UserDto } from './dto/user.dto';
import { RegistrationService } from './registration.service';
import { SessionResponse } from './session-response';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
    private readonly passwords: PasswordsService,
    private readonly views: AccountViews,
    private readonly session: SessionResponse,
    private readonly cookie: RefreshCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('register')
  @SignUpThrottle()
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many sign-ups from this IP' })
  @ApiCreatedResponse({
    type: AuthResponseDto,
    description: 'Signed in; an e-mail verification link is queued',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'E-mail already registered' })
  async register(
    @Body() dto: RegisterDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponseDto> {
    return this.session.send(res, await this.registration.register(dto, accountLinkBase(this.config, req)));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @LoginGuards()
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  async login(
    @Body() _dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponseDto> {
    return this.session.send(res, await this.auth.login(req.user as User));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto, description: 'Spends the refresh cookie and sets a new one' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    return this.session.send(res, await this.auth.refresh(this.cookie.read(req)));
  }

  @Authenticated()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(this.cookie.read(req));
    this.cookie.clear(res);
  }

  @Authenticated('profile:read-own')
  @Get('me')
  @ApiOkResponse({ type: UserDto })
  async me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.views.userById(user.id);
  }

  @Public()
  @Post('set-password')
  @HttpCode(204)
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.passwords.setPassword(dto);
  }
}
