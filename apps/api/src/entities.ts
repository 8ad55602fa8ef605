import { PasswordToken, RefreshSession, User } from '@app/auth';
import { Firm } from '@app/firms';

/** Every entity, listed explicitly (no globs). */
export const ENTITIES = [Firm, User, RefreshSession, PasswordToken];
