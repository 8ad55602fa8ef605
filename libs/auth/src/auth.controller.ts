import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { accountLinkBase } from './account-links';
import { AuthService } from './auth.service';
import { Authenticated, CurrentUser, Public, type AuthUser } from './auth.decorators';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { AuthResponseDto, UserDto } from './dto/user.dto';
import { ErrorResponseDto } from './error-response.dto';
import { LoginGuards } from './login.guards';
import { MembersService } from './members.service';
import { RefreshCookie } from './refresh-cookie';
import type { User } from './entities/user.entity';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly members: MembersService,
    private readonly cookie: RefreshCookie,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('register')
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
    return this.cookie.send(res, await this.auth.register(dto, accountLinkBase(this.config, req)));
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
    return this.cookie.send(res, await this.auth.login(req.user as User));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto, description: 'Spends the refresh cookie and sets a new one' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    return this.cookie.send(res, await this.auth.refresh(this.cookie.read(req)));
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
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.auth.me(user.id);
  }

  @Public()
  @Post('set-password')
  @HttpCode(204)
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.members.setPassword(dto);
  }
}
