import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CrossIcon } from '../../../components/icons';
import { pickText } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { Blocker } from '../api/types';

/** No team satisfies every rule: say which rules nothing can satisfy, prominently. */
export function BlockersAlert({ blockers }: { blockers: Blocker[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const sentences = blockers.map((b) => pickText(b, language));
  return (
    <Alert
      color="red"
      variant="light"
      title={t('matching.consortia.infeasibleTitle')}
      icon={<CrossIcon />}
      role="alert"
      data-testid="consortia-blockers"
    >
      <Text size="sm" mb={sentences.length ? 'xs' : 0}>
        {t('matching.consortia.infeasibleBody', {
          list: blockers.map((b) => t(`matching.rules.names.${b.rule}`)).join(', '),
        })}
      </Text>
      {sentences.length > 0 && (
        <List size="sm" spacing={2}>
          {blockers.map((blocker, index) => (
            <List.Item key={`${blocker.rule}-${index}`}>{sentences[index]}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
