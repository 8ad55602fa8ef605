import { Badge, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useTaxonomy } from '../../../lib/taxonomy';
import type { EffectiveTeamRules } from '../api/types';

interface RuleText {
  key: string;
  text: string;
  /** Set by staff for this project (overrides what the financing implies). */
  own: boolean;
}

/** Team rules in plain words: "At least 1 SME", "Korean lead required", "Firms based abroad only as: …". */
export function teamRuleTexts(
  rules: EffectiveTeamRules,
  t: TFunction,
  label: (code: string) => string = (c) => c,
): RuleText[] {
  const own = (field: string) => rules.ownFields.includes(field);
  const texts: RuleText[] = [
    {
      key: 'minSme',
      own: false,
      text:
        rules.minSmeMembers > 0
          ? t('projects.detail.minSme', { count: rules.minSmeMembers })
          : t('projects.detail.noSmeRule'),
    },
    {
      key: 'maxMembers',
      own: false,
      text:
        rules.maxMembers !== null
          ? t('projects.detail.maxMembers', { count: rules.maxMembers })
          : t('projects.detail.noMaxMembers'),
    },
    {
      key: 'localPartner',
      own: false,
      text: rules.localPartnerRequired
        ? t('projects.detail.localPartner')
        : t('projects.detail.noLocalPartner'),
    },
  ];
  if (rules.leadCountryExperience)
    texts.push({ key: 'leadExperience', own: false, text: t('projects.detail.leadExperience') });
  if (rules.koreanLead)
    texts.push({ key: 'koreanLead', own: own('koreanLead'), text: t('projects.detail.koreanLead') });
  else if (own('koreanLead'))
    texts.push({ key: 'koreanLead', own: true, text: t('projects.detail.noKoreanLead') });
  if (rules.koreanMajority)
    texts.push({
      key: 'koreanMajority',
      own: own('koreanMajority'),
      text: t('projects.detail.koreanMajority'),
    });
  if (rules.foreignRoles)
    texts.push({
      key: 'foreignRoles',
      own: own('foreignRoles'),
      text: rules.foreignRoles.length
        ? t('projects.detail.foreignRoles', { roles: rules.foreignRoles.map(label).join(', ') })
        : t('projects.detail.noForeignFirms'),
    });
  return texts;
}

/** The rules matching enforces on this project, with the financing source or program they come from. */
export function TeamRulesList({ rules }: { rules: EffectiveTeamRules }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { label } = useTaxonomy();
  return (
    <>
      <List size="sm" spacing={4} data-testid="team-rules">
        {teamRuleTexts(rules, t, label).map((r) => (
          <List.Item key={r.key} data-rule={r.key}>
            {r.text}
            {r.own && (
              <Badge ml={6} size="xs" variant="outline" color="gray" tt="none">
                {t('projects.detail.setForProject')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
      {rules.sources.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="team-rule-sources">
          {t('projects.detail.rulesFrom', {
            sources: rules.sources.map((s) => pickText(s, language)).join(', '),
          })}
        </Text>
      )}
    </>
  );
}
