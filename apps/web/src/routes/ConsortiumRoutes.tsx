import { ConsortiumPage } from '../features/consortia/components/ConsortiumPage';
import { ReviewPage } from '../features/consortia/components/ReviewPage';
import type { ConsortiumSlots } from '../features/consortia/components/slots';
import { CoverageMatrix } from '../features/matching/components/CoverageMatrix';
import { PartnerSuggestions } from '../features/matching/components/PartnerSuggestions';
import { RuleChecks } from '../features/matching/components/RuleChecks';
import { ConsortiumThread } from '../features/messaging/components/ConsortiumThread';

/** The matching feature's views inside the consortium pages. */
const slots: ConsortiumSlots = {
  coverage: (team) => <CoverageMatrix team={team} />,
  ruleChecks: (rules) => <RuleChecks rules={rules} />,
  partnerSuggestions: ({ leadFirmId, projectId, exclude, onInvite }) => (
    <PartnerSuggestions
      leadFirmId={leadFirmId}
      projectId={projectId}
      exclude={exclude}
      onInvite={(firm, role) => onInvite({ firm, role })}
    />
  ),
  messages: (consortiumId) => <ConsortiumThread consortiumId={consortiumId} />,
};

/** `/consortia/:id`: the builder (lead) or team view (members), with coverage, rules and partner suggestions. */
export function ConsortiumRoute() {
  return <ConsortiumPage slots={slots} />;
}

/** `/staff/review/:id`: the staff review of a consortium, with its coverage and rule checks. */
export function ReviewRoute() {
  return <ReviewPage slots={slots} />;
}
