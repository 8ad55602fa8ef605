import { Center, Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListPaginationProps {
  total: number;
  limit: number;
  page: number;
  onChange: (page: number) => void;
  /** Also print "Page 2 of 7" beside the links. */
  withInfo?: boolean;
  mt?: string;
}

/** Page links for a list whose page lives in the URL (nothing when everything fits on one page). */
export function ListPagination({ total, limit, page, onChange, withInfo = false, mt }: ListPaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return (
    <Center component="nav" aria-label={t('pagination.label')} mt={mt}>
      <Group gap="md">
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
        />
        {withInfo && (
          <Text size="sm" c="dimmed">
            {t('pagination.info', { page, pages })}
          </Text>
        )}
      </Group>
    </Center>
  );
}
