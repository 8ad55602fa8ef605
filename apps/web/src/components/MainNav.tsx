import { Anchor, Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../lib/auth/session';

interface NavItem {
  to: string;
  label: string;
}

/** Links shown inline between the `sm` and `lg` breakpoints / from `lg` on; the rest go into a "More" menu. */
const INLINE_ON_MEDIUM = 3;
const INLINE_ON_WIDE = 6;

function NavAnchor({ item }: { item: NavItem }) {
  return (
    <Anchor
      component={NavLink}
      to={item.to}
      size="sm"
      c="dimmed"
      style={({ isActive }: { isActive: boolean }) => ({
        whiteSpace: 'nowrap',
        ...(isActive ? { color: 'var(--mantine-color-text)', fontWeight: 600 } : {}),
      })}
    >
      {item.label}
    </Anchor>
  );
}

function NavMenu({ items, label }: { items: NavItem[]; label: string }) {
  const { pathname } = useLocation();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" size="compact-sm">
          {label} ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item
            key={item.to}
            component={NavLink}
            to={item.to}
            fw={pathname === item.to ? 600 : undefined}
          >
            {item.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * Top-level sections; staff-only entries follow the permission table (user.permissions).
 * Wide screens show every link; medium screens the first few plus "More"; small screens one "Menu".
 */
export function MainNav() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  const can = (p: string) => (session.user.permissions as string[]).includes(p);
  const links: NavItem[] = [
    { to: '/projects', label: t('nav.projects') },
    { to: '/firms', label: t('nav.firms') },
    ...(can('consortium:read-own')
      ? [
          { to: '/consortia', label: t('nav.consortia') },
          ...(can('message:write-own') ? [{ to: '/messages', label: t('nav.messages') }] : []),
          { to: '/invitations', label: t('nav.invitations') },
        ]
      : []),
    ...(can('consortium:review')
      ? [
          { to: '/consortia', label: t('nav.reviewQueue') },
          { to: '/staff/dashboard', label: t('nav.staffDashboard') },
        ]
      : []),
    ...(can('firm:verify') ? [{ to: '/staff/verification', label: t('nav.verification') }] : []),
    { to: '/partner-requests', label: t('nav.partnerRequests') },
    ...(session.user.firmId ? [{ to: `/firms/${session.user.firmId}`, label: t('nav.myFirm') }] : []),
    { to: '/countries', label: t('nav.countries') },
  ];
  const inline = links.slice(0, INLINE_ON_MEDIUM);
  const more = links.slice(INLINE_ON_MEDIUM);
  const wide = links.slice(0, INLINE_ON_WIDE);
  const wideMore = links.slice(INLINE_ON_WIDE);
  return (
    <nav aria-label={t('nav.label')}>
      <Group gap="sm" visibleFrom="lg" wrap="nowrap">
        {wide.map((l) => (
          <NavAnchor key={l.to + l.label} item={l} />
        ))}
        {wideMore.length > 0 && <NavMenu items={wideMore} label={t('nav.more')} />}
      </Group>
      <Group gap="md" visibleFrom="sm" hiddenFrom="lg" wrap="nowrap">
        {inline.map((l) => (
          <NavAnchor key={l.to + l.label} item={l} />
        ))}
        {more.length > 0 && <NavMenu items={more} label={t('nav.more')} />}
      </Group>
      <Group hiddenFrom="sm">
        <NavMenu items={links} label={t('nav.menu')} />
      </Group>
    </nav>
  );
}
