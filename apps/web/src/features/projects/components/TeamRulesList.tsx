import { List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TeamRules } from '../api/types';

/** Team rules in plain words: "At least 1 SME", "Up to 5 members", "Local partner required"… */
export function teamRuleTexts(rules: TeamRules, t: TFunction): string[] {
  return [
    rules.minSmeMembers > 0
      ? t('projects.detail.minSme', { count: rules.minSmeMembers })
      : t('projects.detail.noSmeRule'),
    rules.maxMembers !== null
      ? t('projects.detail.maxMembers', { count: rules.maxMembers })
      : t('projects.detail.noMaxMembers'),
    rules.localPartnerRequired ? t('projects.detail.localPartner') : t('projects.detail.noLocalPartner'),
    ...(rules.leadCountryExperience ? [t('projects.detail.leadExperience')] : []),
  ];
}

export function TeamRulesList({ rules }: { rules: TeamRules }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4} data-testid="team-rules">
      {teamRuleTexts(rules, t).map((text) => (
        <List.Item key={text}>{text}</List.Item>
      ))}
    </List>
  );
}
