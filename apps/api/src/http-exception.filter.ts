import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import type { ApiError, FieldError } from '@app/common';
import { isDatabaseUnavailable } from './database-unavailable';

// Unique constraints that users can hit, with the field and message to show (and a summary when the generic one is too vague).
const UNIQUE_VIOLATIONS: Record<string, FieldError & { summary?: string }> = {
  ux_users_email: { field: 'email', message: 'email is already registered' },
  ux_consortium_members_project_firm: {
    field: 'firmId',
    message: 'This firm is already in another consortium for this project',
    summary: 'This firm is already in another consortium for this project',
  },
};

/** Every error leaves in one shape: {statusCode, error, message, details?}. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 503 && isDatabaseUnavailable(exception)) {
      // One line, not a stack per request: during an outage every request fails the same way.
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      if (!res.headersSent) res.setHeader('Retry-After', '2');
    } else if (body.statusCode >= 500) this.logger.error(exception);
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof HttpException) return this.fromHttp(exception);
    const e = exception as {
      type?: string;
      status?: number;
      code?: string;
      constraint?: string;
    };
    // Errors thrown by express' body parser (malformed JSON, too large) before Nest sees the request.
    if (e?.type === 'entity.parse.failed') return shape(400, 'The request body is not valid JSON');
    if (e?.type === 'entity.too.large') return shape(413, 'The request body is too large (limit 1 MB)');
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
      return shape(e.status, String((exception as Error).message));
    if (exception instanceof QueryFailedError) {
      const driver = exception.driverError as { code?: string; constraint?: string } | undefined;
      const code = driver?.code ?? e.code;
      const constraint = driver?.constraint ?? '';
      if (code === '23505' && UNIQUE_VIOLATIONS[constraint]) {
        const { summary, ...detail } = UNIQUE_VIOLATIONS[constraint];
        return shape(409, summary ?? 'This value is already taken', [detail]);
      }
      if (code === '22P02' || code === '22001' || code === '22003')
        return shape(400, 'A value has the wrong format or is too long');
    }
    if (isDatabaseUnavailable(exception)) {
      return shape(503, 'The database is unavailable; try again shortly');
    }
    return shape(500, 'Something went wrong on our side');
  }

  private fromHttp(exception: HttpException): ApiError {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return shape(status, response);
    const r = response as { message?: string | string[]; details?: FieldError[] };
    const message = Array.isArray(r.message) ? r.message.join('; ') : (r.message ?? exception.message);
    return shape(status, message, Array.isArray(r.details) ? r.details : undefined);
  }
}

function shape(statusCode: number, message: string, details?: FieldError[]): ApiError {
  const error = STATUS_CODES[statusCode] ?? HttpStatus[statusCode] ?? 'Error';
  return details?.length ? { statusCode, error, message, details } : { statusCode, error, message };
}
