import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page links for a list whose page lives in the URL. */
export function ListPagination({
  total,
  limit,
  page,
  onChange,
}: {
  total: number;
  limit: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return (
    <Group justify="center">
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`firms.pagination.${control}`) })}
        getItemProps={(p) => ({ 'aria-label': t('firms.pagination.page', { page: p }) })}
      />
    </Group>
  );
}
