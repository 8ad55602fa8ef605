import { Notification, Portal, Stack } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Notice = { id: number; kind: 'success' | 'error'; message: string };
type Notify = (kind: Notice['kind'], message: string) => void;

const NoticeContext = createContext<Notify>(() => {});

/** Success/error toasts for the edit page (bottom right, announced politely, gone after 6 s). */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback<Notify>(
    (kind, message) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-2), { id, kind, message }]);
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        dismiss(id);
      }, 6000);
      timers.current.add(timer);
    },
    [dismiss],
  );

  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <Portal>
        <Stack
          gap="xs"
          role="status"
          aria-live="polite"
          style={{
            position: 'fixed',
            bottom: 16,
            right: 16,
            zIndex: 1000,
            width: 340,
            maxWidth: 'calc(100vw - 32px)',
          }}
        >
          {notices.map((n) => (
            <Notification
              key={n.id}
              color={n.kind === 'success' ? 'green' : 'red'}
              title={n.kind === 'success' ? t('notices.saved') : t('notices.failed')}
              onClose={() => dismiss(n.id)}
              closeButtonProps={{ 'aria-label': t('notices.close') }}
              withBorder
              data-testid={`notice-${n.kind}`}
            >
              {n.message}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </NoticeContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NoticeContext);
}
