import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon } from '../../../components/icons';
import type { Checklist } from '../api/types';
import { CHECKLIST_KEYS } from '../lib/enums';

/** The reviewer's checklist as read-only lines: a check or a cross plus "met"/"not met" in words. */
export function ChecklistView({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  return (
    <List
      spacing={4}
      listStyleType="none"
      p={0}
      m={0}
      aria-label={t('consortia.checklist.title')}
      data-testid="checklist-view"
    >
      {CHECKLIST_KEYS.map((key) => {
        const met = checklist[key];
        return (
          <List.Item
            key={key}
            data-key={key}
            data-met={met}
            icon={met ? <CheckIcon size={14} /> : <CrossIcon size={14} />}
            c={met ? 'teal.8' : 'red.8'}
          >
            <Text span size="sm" c="var(--mantine-color-text)">
              {t(`consortia.checklist.items.${key}`)}
            </Text>{' '}
            <Text span size="xs" fw={600}>
              ({met ? t('consortia.checklist.met') : t('consortia.checklist.notMet')})
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
