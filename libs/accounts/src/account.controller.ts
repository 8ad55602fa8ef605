import { Body, Controller, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  AccountThrottle,
  accountLinkBase,
  Authenticated,
  AuthService,
  CurrentUser,
  EmailVerificationService,
  ErrorResponseDto,
  PasswordsService,
  Public,
  RefreshCookie,
  TokenThrottle,
  User,
  type AuthUser,
} from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  AuthMessageDto,
  ChangePasswordDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  UpdateProfileDto,
  VerifyEmailDto,
} from './dto/account.dto';
import { AccountViews } from './account-views';
import { AuthResponseDto, UserDto } from './dto/user.dto';
import { SessionResponse } from './session-response';

const RESET_REQUESTED =
  'If an account exists for this e-mail address, we sent it a link to reset the password. The link works once, for 1 hour.';

/** Password reset and change, e-mail verification. */
@ApiTags('auth')
@Controller('auth')
@ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Rate limit reached' })
export class AccountController {
  constructor(
    private readonly passwords: PasswordsService,
    private readonly verification: EmailVerificationService,
    private readonly session: SessionResponse,
    private readonly cookie: RefreshCookie,
    private readonly auth: AuthService,
    private readonly views: AccountViews,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authenticated('profile:read-own')
  @Patch('me')
  @ApiOperation({ summary: 'Change your name, interface language or notification e-mails' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<UserDto> {
    const changes: Partial<User> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.emailNotifications !== undefined) changes.emailNotifications = dto.emailNotifications;
    if (Object.keys(changes).length) await this.dataSource.manager.update(User, { id: user.id }, changes);
    return this.views.user(await this.auth.user(user.id));
  }

  @Authenticated('profile:read-own')
  @Post('sessions/revoke-all')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out everywhere: every session of yours ends, this one too, and access tokens stop working',
  })
  @ApiNoContentResponse({ description: 'Signed out everywhere' })
  async revokeAll(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    const version = await this.dataSource.transaction((tx) => this.auth.revokeEverywhere(tx, user.id));
    this.auth.tokenVersionChanged(user.id, version);
    this.cookie.clear(res);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @AccountThrottle()
  @ApiOperation({
    summary: 'E-mail a one-time reset link; the answer is the same whether or not the address has an account',
  })
  @ApiAcceptedResponse({ type: AuthMessageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Not an e-mail address (field `email`)' })
  async requestPasswordReset(
    @Body() dto: PasswordResetRequestDto,
    @Req() req: Request,
  ): Promise<AuthMessageDto> {
    await this.passwords.requestReset(dto.email, accountLinkBase(this.config, req));
    return { message: RESET_REQUESTED };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @TokenThrottle()
  @ApiOperation({
    summary: 'Set a new password with the e-mailed token; signs out every session of the account',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'Invalid, expired or used token (field `token`), or a weak password',
  })
  confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    return this.passwords.confirmReset(dto);
  }

  @Authenticated('profile:read-own')
  @Post('password')
  @HttpCode(200)
  @AccountThrottle()
  @ApiOperation({
    summary:
      'Change your password; other sessions and earlier access tokens stop working, this session continues with new tokens',
  })
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'Wrong current password (field `currentPassword`) or a weak new password',
  })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponseDto> {
    return this.session.send(res, await this.passwords.change(user, dto, this.cookie.read(req)));
  }

  @Public()
  @Post('verify-email')
  @HttpCode(204)
  @TokenThrottle()
  @ApiOperation({ summary: 'Confirm the e-mail address with the e-mailed token' })
  @ApiNoContentResponse({ description: 'Address verified' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'Invalid, expired or used token (field `token`)',
  })
  verifyEmail(@Body() dto: VerifyEmailDto): Promise<void> {
    return this.verification.verify(dto.token);
  }

  @Authenticated('profile:read-own')
  @Post('verify-email/resend')
  @HttpCode(202)
  @AccountThrottle()
  @ApiOperation({ summary: 'E-mail a new verification link (the previous one stops working)' })
  @ApiAcceptedResponse({ type: AuthMessageDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Already verified' })
  async resendVerification(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<AuthMessageDto> {
    await this.verification.resend(user.id, accountLinkBase(this.config, req));
    return {
      message: 'We sent a new verification link to your e-mail address. It works once, for 48 hours.',
    };
  }
}
