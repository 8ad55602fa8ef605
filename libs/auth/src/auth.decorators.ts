import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission, Role } from '@app/common';
import { ErrorResponseDto } from './error-response.dto';

export const IS_PUBLIC = 'auth:public';
export const REQUIRED_PERMISSION = 'auth:permission';

/** The signed-in user as carried by the access token. */
export interface AuthUser {
  id: string;
  role: Role;
  firmId: string | null;
}

/** Opts a route out of the global guard. The only way a route becomes public. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Auth metadata + OpenAPI in one place: the route needs a signed-in user and,
 * when given, a permission from the table in @app/common.
 */
export function Authenticated(permission?: Permission) {
  const decorators = [
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing or invalid access token', type: ErrorResponseDto }),
  ];
  if (permission) {
    decorators.push(
      SetMetadata(REQUIRED_PERMISSION, permission),
      ApiForbiddenResponse({ description: `Requires permission ${permission}`, type: ErrorResponseDto }),
    );
  }
  return applyDecorators(...decorators);
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
