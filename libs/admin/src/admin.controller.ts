import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { accountLinkBase, Authenticated, CurrentUser, ErrorResponseDto, type AuthUser } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  AdminUserDto,
  AdminUserPageDto,
  AuditPageDto,
  ChangeRoleDto,
  CreatedStaffDto,
  CreateStaffDto,
  ListAuditQueryDto,
  ListUsersQueryDto,
} from './admin.dto';
import { AdminAuditService } from './admin-audit.service';
import { AdminUsersService } from './admin-users.service';

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly audit: AdminAuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authenticated('user:manage')
  @Get('users')
  @ApiOperation({ summary: 'Every account, newest first (admin)' })
  @ApiOkResponse({ type: AdminUserPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  list(@Query() q: ListUsersQueryDto): Promise<AdminUserPageDto> {
    return this.users.list(q);
  }

  @Authenticated('user:manage')
  @Post('users')
  @ApiOperation({ summary: 'Create a staff or admin account; a set-password link is e-mailed' })
  @ApiCreatedResponse({ type: CreatedStaffDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'E-mail already registered' })
  create(
    @CurrentUser() actor: AuthUser,
    @Body() dto: CreateStaffDto,
    @Req() req: Request,
  ): Promise<CreatedStaffDto> {
    return this.users.createStaff(actor.id, dto, accountLinkBase(this.config, req));
  }

  @Authenticated('user:manage')
  @Patch('users/:id/role')
  @ApiOperation({ summary: "Change a user's role (signs the user out everywhere)" })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: "The firm's only admin" })
  changeRole(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<AdminUserDto> {
    return this.users.changeRole(actor.id, id, dto);
  }

  @Authenticated('user:manage')
  @Post('users/:id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an account: no sign-in, its sessions and tokens end' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  deactivate(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AdminUserDto> {
    return this.users.setActive(actor.id, id, false);
  }

  @Authenticated('user:manage')
  @Post('users/:id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivate a deactivated account' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  reactivate(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<AdminUserDto> {
    return this.users.setActive(actor.id, id, true);
  }

  @Authenticated('user:manage')
  @Post('users/:id/revoke-sessions')
  @HttpCode(200)
  @ApiOperation({ summary: 'End every session of the user (they sign in again)' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  revokeSessions(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AdminUserDto> {
    return this.users.revokeSessions(actor.id, id);
  }

  @Authenticated('user:manage')
  @Get('audit')
  @ApiOperation({ summary: 'Audit log: role changes, deactivations, staff decisions on consortia and firms' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  auditLog(@Query() q: ListAuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(q);
  }
}
