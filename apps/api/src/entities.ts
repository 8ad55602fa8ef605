import { PasswordToken, RefreshSession, User } from '@app/auth';
import { Firm, FirmCapability, FirmSolution, FirmTrackRecord } from '@app/firms';
import { SupportProgram } from '@app/programs';
import { Project, ProjectRequirement } from '@app/projects';
import { Capability, CapabilityDomain, TaxonomyTerm } from '@app/taxonomy';

/** Every entity, listed explicitly (no globs). */
export const ENTITIES = [
  Firm,
  FirmCapability,
  FirmSolution,
  FirmTrackRecord,
  User,
  RefreshSession,
  PasswordToken,
  CapabilityDomain,
  Capability,
  TaxonomyTerm,
  Project,
  ProjectRequirement,
  SupportProgram,
];
