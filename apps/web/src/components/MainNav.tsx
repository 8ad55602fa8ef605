import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../lib/auth/session';

/** Top-level sections; staff-only entries follow the permission table (user.permissions). */
export function MainNav() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  const can = (p: string) => (session.user.permissions as string[]).includes(p);
  const links = [
    { to: '/projects', label: t('nav.projects') },
    { to: '/countries', label: t('nav.countries') },
    { to: '/firms', label: t('nav.firms') },
    ...(session.user.firmId ? [{ to: `/firms/${session.user.firmId}`, label: t('nav.myFirm') }] : []),
    ...(can('firm:verify') ? [{ to: '/staff/verification', label: t('nav.verification') }] : []),
  ];
  return (
    <Group component="nav" aria-label={t('nav.label')} gap="md" visibleFrom="sm" wrap="nowrap">
      {links.map((l) => (
        <Anchor
          key={l.to}
          component={NavLink}
          to={l.to}
          size="sm"
          c="dimmed"
          style={({ isActive }: { isActive: boolean }) => (isActive ? { color: 'var(--mantine-color-text)', fontWeight: 600 } : undefined)}
        >
          {l.label}
        </Anchor>
      ))}
    </Group>
  );
}
