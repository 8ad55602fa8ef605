import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../lib/i18n';

/** The firm's name in the UI language first, the other name under it. */
export function useFirmNames(firm: { name: string; nameKo: string | null }) {
  const { i18n } = useTranslation();
  const korean = currentLanguage(i18n) === 'ko' && !!firm.nameKo;
  return {
    primary: korean ? firm.nameKo! : firm.name,
    primaryLang: korean ? 'ko' : 'en',
    secondary: korean ? firm.name : firm.nameKo,
    secondaryLang: korean ? 'en' : 'ko',
  };
}

export function FirmName({
  firm,
  to,
  order = 3,
}: {
  firm: { name: string; nameKo: string | null };
  to?: string;
  order?: 1 | 2 | 3;
}) {
  const names = useFirmNames(firm);
  const size = order === 1 ? 'h2' : order === 2 ? 'h3' : 'h4';
  return (
    <Stack gap={0}>
      <Title order={order} size={size} lang={names.primaryLang}>
        {to ? (
          <Anchor component={Link} to={to} inherit>
            {names.primary}
          </Anchor>
        ) : (
          names.primary
        )}
      </Title>
      {names.secondary && (
        <Text size="sm" c="dimmed" lang={names.secondaryLang}>
          {names.secondary}
        </Text>
      )}
    </Stack>
  );
}
