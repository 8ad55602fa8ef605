import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon, MinusIcon } from '../../../components/icons';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { RuleCheck } from '../api/types';

/** Each team rule as a badge (icon + "Passed"/"Failed"/"Not required", never colour alone) with its sentence. */
export function RuleChecks({ rules }: { rules: RuleCheck[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <List
      spacing={6}
      listStyleType="none"
      p={0}
      m={0}
      data-testid="rule-checks"
      aria-label={t('matching.rules.title')}
    >
      {rules.map((rule) => {
        const state = !rule.required ? 'notRequired' : rule.passed ? 'passed' : 'failed';
        const color = state === 'passed' ? 'teal' : state === 'failed' ? 'red' : 'gray';
        const icon =
          state === 'passed' ? (
            <CheckIcon size={12} />
          ) : state === 'failed' ? (
            <CrossIcon size={12} />
          ) : (
            <MinusIcon size={12} />
          );
        return (
          <List.Item
            key={rule.rule}
            data-rule={rule.rule}
            data-state={state}
            styles={{ itemWrapper: { display: 'block' } }}
          >
            <Group gap="xs" wrap="wrap" align="flex-start">
              <Badge
                color={color}
                variant={state === 'failed' ? 'filled' : 'light'}
                leftSection={icon}
                style={{ flexShrink: 0 }}
                w={128}
                tt="none"
              >
                {t(`matching.rules.${state}`)}
              </Badge>
              <Text size="sm" style={{ flex: '1 1 240px' }}>
                <Text span fw={600} size="sm">
                  {t(`matching.rules.names.${rule.rule}`)}
                </Text>
                {': '}
                {pickText(rule.detail, language)}
              </Text>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
