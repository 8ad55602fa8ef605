import { PasswordToken, RefreshSession, User } from '@app/auth';
import { Consortium, ConsortiumDecisionRecord, ConsortiumEvent, ConsortiumMember } from '@app/consortia';
import { Firm, FirmCapability, FirmSolution, FirmTrackRecord } from '@app/firms';
import { EmailOutbox } from '@app/mail';
import { ContactRequest, FirmBlock, Message, MessageReport, MessageThread, ThreadRead } from '@app/messaging';
import { Notification } from '@app/notifications';
import { PartnerRequest, PartnerRequestMatch } from '@app/partner-requests';
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
  Notification,
  EmailOutbox,
  Consortium,
  ConsortiumMember,
  ConsortiumEvent,
  ConsortiumDecisionRecord,
  MessageThread,
  Message,
  ThreadRead,
  ContactRequest,
  FirmBlock,
  MessageReport,
  PartnerRequest,
  PartnerRequestMatch,
];
