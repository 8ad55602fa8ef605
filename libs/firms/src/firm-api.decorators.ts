import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from '@app/auth';

export const ApiInvalid = () =>
  ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Invalid input; details name each field' });
export const ApiFirmNotFound = (what = 'Firm') =>
  ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: `${what} does not exist or is not visible to you`,
  });
export const ApiWriteErrors = (what?: string) => applyDecorators(ApiInvalid(), ApiFirmNotFound(what));
