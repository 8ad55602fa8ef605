import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ProjectSearchBoxProps {
  /** The search word in the URL. */
  value: string;
  /** Commits a search word to the URL (`replace` for debounced typing, a new entry on Enter). */
  onSearch: (q: string, options: { replace: boolean }) => void;
}

/** Search box: typing commits after a short pause; Enter commits at once. Follows URL changes (back, clear). */
export function ProjectSearchBox({ value, onSearch }: ProjectSearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 350);
  const latest = useRef({ value, onSearch });
  latest.current = { value, onSearch };

  // The URL changed from elsewhere (back button, "clear filters"): show it.
  useEffect(() => setText(value), [value]);

  useEffect(() => {
    const q = debounced.trim();
    if (q !== latest.current.value) latest.current.onSearch(q, { replace: true });
  }, [debounced]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q !== value) onSearch(q, { replace: false });
  };

  return (
    <form role="search" onSubmit={submit} style={{ flex: 1, minWidth: 240 }}>
      <TextInput
        type="search"
        label={t('projects.list.searchLabel')}
        placeholder={t('projects.list.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={200}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label={t('projects.list.clearSearch')}
              onClick={() => {
                setText('');
                onSearch('', { replace: false });
              }}
            />
          ) : null
        }
      />
    </form>
  );
}
