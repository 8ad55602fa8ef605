import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';
import { LADDER_GROUPS } from '../lib/ladder';

/** Select data for ladder steps, grouped by stage: "A1 · Market exploration". */
export function useLadderOptions() {
  const { t } = useTranslation();
  const { label } = useTaxonomy();
  return LADDER_GROUPS.map((group) => ({
    group: t(`firms.ladder.stages.${group.stage}`),
    items: group.steps.map((code) => ({ value: code, label: `${code} · ${label(code)}` })),
  }));
}
