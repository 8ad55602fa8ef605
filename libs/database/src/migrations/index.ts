import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { Catalog1763950000000 } from './1763950000000-catalog';
import { Consortia1764000000000 } from './1764000000000-consortia';
import { Notifications1764010000000 } from './1764010000000-notifications';
import { AccountSecurity1764030000000 } from './1764030000000-account-security';
import { FirmCorporateGroup1796414390564 } from './1796414390564-firm-corporate-group';
import { SharedState1796414404622 } from './1796414404622-shared-state';
import { Messaging1796414509571 } from './1796414509571-messaging';
import { ProjectFinancingRules1796414576607 } from './1796414576607-project-financing-rules';
import { PartnerRequests1796416000000 } from './1796416000000-partner-requests';
import { FirmClaims1796414543730 } from './1796414543730-firm-claims';
import { ConsortiumOutcomes1796415159576 } from './1796415159576-consortium-outcomes';
import { SavedSearchesAdmin1796414557901 } from './1796414557901-saved-searches-admin';

/** Every migration, in order. New migrations are appended here (no globs). */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  Catalog1763950000000,
  Consortia1764000000000,
  Notifications1764010000000,
  AccountSecurity1764030000000,
  FirmCorporateGroup1796414390564,
  SharedState1796414404622,
  Messaging1796414509571,
  ProjectFinancingRules1796414576607,
  PartnerRequests1796416000000,
  FirmClaims1796414543730,
  ConsortiumOutcomes1796415159576,
  SavedSearchesAdmin1796414557901,
];
