import type { ReactNode } from 'react';
import type { ConsortiumTeam } from '../api/types';
import type { InviteTarget } from './InviteModal';

/** What the partner-suggestions slot gets: whose gaps to fill, for which project, and how to invite. */
export interface PartnerSuggestionsSlotProps {
  leadFirmId: string;
  projectId: string;
  /** Firms that already hold a seat. */
  exclude: ReadonlySet<string>;
  onInvite: (target: InviteTarget) => void;
}

/**
 * Parts of the consortium pages that other features draw: the app (`routes/`) fills them with the
 * matching feature's views, so this feature never imports matching. A page without a slot leaves
 * that part out.
 */
export interface ConsortiumSlots {
  /** Requirements × members: who covers what, and the gaps. */
  coverage?: (team: ConsortiumTeam) => ReactNode;
  /** The team rules, each passed or failed with its reason. */
  ruleChecks?: (rules: ConsortiumTeam['rules']) => ReactNode;
  /** Firms that fill the lead's gaps for the project, each with "Invite". */
  partnerSuggestions?: (props: PartnerSuggestionsSlotProps) => ReactNode;
  /** The consortium's team thread (members write; staff read once submitted). */
  messages?: (consortiumId: string) => ReactNode;
}
