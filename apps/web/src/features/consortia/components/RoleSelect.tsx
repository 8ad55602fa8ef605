import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';

interface Props {
  value: string | null;
  onChange: (role: string) => void;
  label?: string;
  /** Accessible name when the visible label is a table header. */
  ariaLabel?: string;
  disabled?: boolean;
  error?: string;
  size?: 'xs' | 'sm';
}

/** Consortium roles from the taxonomy, in the UI language; `lead` is reserved for the lead firm. */
export function RoleSelect({ value, onChange, label, ariaLabel, disabled, error, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const { taxonomy, label: termLabel } = useTaxonomy();
  const data = (taxonomy?.roles ?? [])
    .filter((r) => r.code !== 'lead')
    .map((r) => ({ value: r.code, label: termLabel(r.code) }));
  // Keep an unknown current value visible until the taxonomy arrives.
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: termLabel(value) });
  return (
    <Select
      label={label}
      aria-label={label ? undefined : ariaLabel}
      placeholder={t('consortia.invite.rolePlaceholder')}
      data={data}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      disabled={disabled}
      error={error}
      size={size}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
