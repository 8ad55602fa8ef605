import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@app/auth';
import { ApiFirmNotFound, ApiWriteErrors } from './firm-api.decorators';
import {
  CreateFirmTrackRecordDto,
  FirmTrackRecordDto,
  UpdateFirmTrackRecordDto,
} from './firm-track-record.dto';
import { FirmTrackRecordsService } from './firm-track-records.service';

@ApiTags('firms')
@Controller('firms/:id/track-records')
export class FirmTrackRecordsController {
  constructor(private readonly records: FirmTrackRecordsService) {}

  @Authenticated('firm:read')
  @Get()
  @ApiOkResponse({ type: [FirmTrackRecordDto] })
  @ApiFirmNotFound()
  list(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<FirmTrackRecordDto[]> {
    return this.records.list(user, id);
  }

  @Authenticated('firm:update-own')
  @Post()
  @ApiCreatedResponse({ type: FirmTrackRecordDto })
  @ApiWriteErrors()
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateFirmTrackRecordDto,
  ): Promise<FirmTrackRecordDto> {
    return this.records.create(user, id, dto);
  }

  @Authenticated('firm:update-own')
  @Patch(':recordId')
  @ApiOkResponse({ type: FirmTrackRecordDto })
  @ApiWriteErrors('Firm or track record')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('recordId', ParseUUIDPipe) recordId: string,
    @Body() dto: UpdateFirmTrackRecordDto,
  ): Promise<FirmTrackRecordDto> {
    return this.records.update(user, id, recordId, dto);
  }

  @Authenticated('firm:update-own')
  @Delete(':recordId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiFirmNotFound('Firm or track record')
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('recordId', ParseUUIDPipe) recordId: string,
  ): Promise<void> {
    return this.records.remove(user, id, recordId);
  }
}
