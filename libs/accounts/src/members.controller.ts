import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Authenticated, CurrentUser, type AuthUser } from '@app/auth';
import { InviteMemberDto } from './dto/invite-member.dto';
import { InvitedMemberDto, UserDto } from './dto/user.dto';
import { MembersService } from './members.service';

@ApiTags('firms')
@Controller('firms/:firmId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentUser() user: AuthUser, @Param('firmId', ParseUUIDPipe) firmId: string): Promise<UserDto[]> {
    return this.members.list(user, firmId);
  }

  @Authenticated('firm:invite-member')
  @Post()
  @ApiCreatedResponse({ type: InvitedMemberDto })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('firmId', ParseUUIDPipe) firmId: string,
    @Body() dto: InviteMemberDto,
    @Req() req: Request,
  ): Promise<InvitedMemberDto> {
    return this.members.invite(user, firmId, dto, `${req.protocol}://${req.get('host')}`);
  }
}
