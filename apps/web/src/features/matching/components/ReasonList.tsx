import { List, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { MatchReason } from '../api/types';

/** The plain-language reasons behind a score, in the UI language (a dot each; orange for gaps). */
export function ReasonList({ reasons, size = 'sm' }: { reasons: MatchReason[]; size?: 'xs' | 'sm' }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  if (reasons.length === 0) return null;
  return (
    <List size={size} spacing={4} data-testid="match-reasons" styles={{ itemLabel: { lineHeight: 1.45 } }}>
      {reasons.map((reason, index) => (
        <List.Item
          key={`${reason.kind}-${index}`}
          icon={
            <ThemeIcon
              size={8}
              radius="xl"
              variant="filled"
              color={reason.kind === 'gap' ? 'orange' : 'teal'}
              aria-hidden="true"
              mt={6}
            />
          }
        >
          {pickText(reason, language)}
        </List.Item>
      ))}
    </List>
  );
}
