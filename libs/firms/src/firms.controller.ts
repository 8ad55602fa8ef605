import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@app/auth';
import { ApiFirmNotFound, ApiInvalid, ApiWriteErrors } from './firm-api.decorators';
import { FirmCapabilitiesService } from './firm-capabilities.service';
import { FirmCapabilityDto, ReplaceFirmCapabilitiesDto } from './firm-capability.dto';
import { FirmDirectoryService } from './firm-directory.service';
import { FirmProfileService } from './firm-profile.service';
import { FirmVerificationDto, VerifyFirmDto } from './firm-verification.dto';
import { FirmListPageDto, FirmProfileDto, UpdateFirmProfileDto } from './firm.dto';
import { FirmsService } from './firms.service';
import { ListFirmsQueryDto } from './list-firms.query';

@ApiTags('firms')
@Controller('firms')
export class FirmsController {
  constructor(
    private readonly firms: FirmsService,
    private readonly profiles: FirmProfileService,
    private readonly capabilities: FirmCapabilitiesService,
    private readonly directory: FirmDirectoryService,
  ) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOperation({
    summary:
      'Firm directory; staff also see pending/rejected firms (status=pending is the verification queue)',
  })
  @ApiOkResponse({ type: FirmListPageDto })
  @ApiInvalid()
  list(@CurrentUser() user: AuthUser, @Query() query: ListFirmsQueryDto): Promise<FirmListPageDto> {
    return this.directory.list(user, query);
  }

  @Authenticated('firm:read')
  @Get(':id')
  @ApiOkResponse({ type: FirmProfileDto })
  @ApiFirmNotFound()
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FirmProfileDto> {
    return this.profiles.get(user, id);
  }

  @Authenticated('firm:update-own')
  @Patch(':id')
  @ApiOperation({ summary: "Edit your own firm's profile (firm admin)" })
  @ApiOkResponse({ type: FirmProfileDto })
  @ApiWriteErrors()
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateFirmProfileDto,
  ): Promise<FirmProfileDto> {
    return this.profiles.update(user, id, dto);
  }

  @Authenticated('firm:update-own')
  @Put(':id/capabilities')
  @ApiOperation({ summary: "Replace your own firm's capability set" })
  @ApiOkResponse({ type: [FirmCapabilityDto] })
  @ApiWriteErrors()
  replaceCapabilities(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReplaceFirmCapabilitiesDto,
  ): Promise<FirmCapabilityDto[]> {
    return this.capabilities.replace(user, id, dto);
  }

  @Authenticated('firm:verify')
  @Post(':id/verification')
  @HttpCode(200)
  @ApiOkResponse({ type: FirmVerificationDto })
  @ApiWriteErrors()
  verify(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: VerifyFirmDto,
  ): Promise<FirmVerificationDto> {
    return this.firms.verify(user, id, dto);
  }
}
