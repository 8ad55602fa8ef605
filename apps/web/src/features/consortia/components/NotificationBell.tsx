import { ActionIcon, Badge, Box, Button, Group, Popover, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../../lib/auth/session';
import { unreadCountQueryOptions, useMarkAllReadMutation, useMarkReadMutation } from '../api/notifications';
import type { AppNotification } from '../api/types';
import { NotificationList } from './NotificationList';

function BellIcon() {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** Top-bar bell: unread count (polled every 30 s), the latest 10 in a popover, click → read + open, "mark all read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const [opened, setOpened] = useState(false);
  const unread = useQuery({ ...unreadCountQueryOptions(), enabled: session.status === 'authenticated' });
  const markRead = useMarkReadMutation();
  const markAll = useMarkAllReadMutation();
  if (session.status !== 'authenticated') return null;
  const count = unread.data?.count ?? 0;

  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
    setOpened(false);
    if (n.link?.startsWith('/')) void navigate(n.link);
  };

  return (
    <Box pos="relative" data-testid="notification-bell" data-count={count}>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={360}
        shadow="md"
        withArrow
        trapFocus
        returnFocus
      >
        {/* The button itself is the target, so the popover's aria-expanded/aria-controls land on a button. */}
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={
              count > 0
                ? t('consortia.notifications.bellUnread', { count })
                : t('consortia.notifications.bell')
            }
            aria-expanded={opened}
            aria-haspopup="dialog"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-label={t('consortia.notifications.title')}>
          <Group justify="space-between" mb="xs">
            <Text fw={700} size="sm">
              {t('consortia.notifications.title')}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => markAll.mutate()}
              disabled={count === 0}
              loading={markAll.isPending}
            >
              {t('consortia.notifications.markAll')}
            </Button>
          </Group>
          <Box mah={420} style={{ overflowY: 'auto' }}>
            {opened && <NotificationList onOpen={open} />}
          </Box>
        </Popover.Dropdown>
      </Popover>
      {count > 0 && (
        <Badge
          size="xs"
          color="red"
          variant="filled"
          circle={count < 10}
          pos="absolute"
          top={-2}
          right={-4}
          style={{ pointerEvents: 'none' }}
          aria-hidden
          data-testid="unread-count"
        >
          {count > 99 ? '99+' : count}
        </Badge>
      )}
    </Box>
  );
}
