import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
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
  // The URL changed from elsewhere (back button, "clear filters"): show it. Adjusted while
  // rendering (React's pattern for state that follows a prop), and only when the box does not
  // already say it, so a committed "smart " keeps its space while the user goes on typing.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (text.trim() !== value) setText(value);
  }
  // Runs with the latest render's `text`, `value` and `onSearch`: skipped when the box has
  // changed since (cleared, or moved by Back).
  const commitTyped = useDebouncedCallback((q: string) => {
    if (q === text.trim() && q !== value) onSearch(q, { replace: true });
  }, 350);

  const commitNow = (q: string) => {
    commitTyped.cancel();
    if (q !== value) onSearch(q, { replace: false });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    commitNow(text.trim());
  };

  return (
    <form role="search" onSubmit={submit} style={{ flex: 1, minWidth: 240 }}>
      <TextInput
        type="search"
        label={t('projects.list.searchLabel')}
        placeholder={t('projects.list.searchPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          commitTyped(e.currentTarget.value.trim());
        }}
        maxLength={200}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label={t('projects.list.clearSearch')}
              onClick={() => {
                setText('');
                commitNow('');
              }}
            />
          ) : null
        }
      />
    </form>
  );
}
