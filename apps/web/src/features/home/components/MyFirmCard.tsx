import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VerificationBadge } from '../../../components/VerificationBadge';
import type { Firm } from '../../../lib/api/types';
import { countryName } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group component="div" gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}

export function MyFirmCard({ firm }: { firm: Firm }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="my-firm-title">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="my-firm-title">
          {t('home.myFirm.title')}
        </Title>
        <VerificationBadge status={firm.verificationStatus} />
      </Group>
      <Stack gap={6} component="dl" m={0}>
        <Row label={t('home.myFirm.nameEn')}>{firm.name}</Row>
        <Row label={t('home.myFirm.nameKo')}>
          {firm.nameKo ? (
            <span lang="ko">{firm.nameKo}</span>
          ) : (
            <Text span c="dimmed" size="sm">
              {t('common.notProvided')}
            </Text>
          )}
        </Row>
        <Row label={t('home.myFirm.size')}>{t(`enums.firmSize.${firm.size}`)}</Row>
        <Row label={t('home.myFirm.type')}>{t(`enums.firmType.${firm.type}`)}</Row>
        <Row label={t('home.myFirm.homeCountry')}>
          {countryName(firm.homeCountry, language)} ({firm.homeCountry})
        </Row>
        <Row label={t('home.myFirm.verification')}>{t(`enums.verification.${firm.verificationStatus}`)}</Row>
      </Stack>
      {firm.verificationStatus === 'rejected' && firm.verificationReason && (
        <Text size="sm" c="red" mt="md">
          {t('home.myFirm.rejectedReason', { reason: firm.verificationReason })}
        </Text>
      )}
      {firm.verificationStatus === 'pending' && (
        <Text size="sm" c="dimmed" mt="md">
          {t('home.myFirm.pendingHint')}
        </Text>
      )}
      <Anchor component={Link} to={`/firms/${firm.id}`} size="sm" mt="md" display="inline-block">
        {t('home.myFirm.profileLink')}
      </Anchor>
    </Card>
  );
}
