// The signed-in frame: a left navbar with icon + label per place, the home's name at the top, the
// signed-in person and "Vergrendelen" at the bottom, a skip link, and Ctrl+K to jump to a child.
// It knows no feature: the app composes the places and the child list into it.
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { Spotlight, spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { IconArrowsExchange, IconLock, IconSearch } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  /** Only the exact path marks it active (the dashboard at `/`). */
  end?: boolean;
}

export interface JumpTarget {
  id: string;
  label: string;
  description?: string;
  to: string;
}

export interface AppFrameProps {
  homeName: string;
  userName: string;
  roleLabel: string;
  nav: NavItem[];
  /** The children (or other places) Ctrl+K can jump to. */
  jumpTargets: JumpTarget[];
  onLock: () => void;
  onSwitchHome: () => void;
  children: ReactNode;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .slice(0, 2)
    .join('');

export function AppFrame({
  homeName,
  userName,
  roleLabel,
  nav,
  jumpTargets,
  onLock,
  onSwitchHome,
  children,
}: AppFrameProps) {
  const { t } = useTranslation('common');
  const [opened, { toggle }] = useDisclosure(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useHotkeys([['mod+K', () => spotlight.open()]]);

  const actions: SpotlightActionData[] = jumpTargets.map((target) => ({
    id: target.id,
    label: target.label,
    description: target.description,
    onClick: () => navigate(target.to),
  }));

  const isActive = (item: NavItem) =>
    item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <AppShell
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        header={{ height: { base: 52, sm: 0 } }}
        padding="lg"
      >
        <AppShell.Header hiddenFrom="sm" px="md">
          <Group h="100%">
            <Burger opened={opened} onClick={toggle} size="sm" aria-label={t('shell.navigation')} />
            <Text fw={650}>{homeName}</Text>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('shell.navigation')} component="nav">
          <AppShell.Section>
            <Stack gap={2} px="xs" pt="xs" pb="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('appName')}
              </Text>
              <Text fw={700} size="lg" lh={1.2}>
                {homeName}
              </Text>
            </Stack>
            <Button
              variant="default"
              justify="space-between"
              fullWidth
              mb="sm"
              leftSection={<IconSearch size={16} aria-hidden />}
              rightSection={
                <Text size="xs" c="dimmed" component="span">
                  Ctrl+K
                </Text>
              }
              onClick={() => spotlight.open()}
            >
              {t('shell.findChild')}
            </Button>
          </AppShell.Section>
          <AppShell.Section grow component={ScrollArea}>
            {nav.map((item) => (
              <NavLink
                key={item.to}
                component={RouterNavLink}
                to={item.to}
                end={item.end}
                label={item.label}
                leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
                active={isActive(item)}
                aria-current={isActive(item) ? 'page' : undefined}
                variant="light"
                fw={500}
                styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
              />
            ))}
          </AppShell.Section>
          <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Group gap="sm" wrap="nowrap" px="xs" mb="sm">
              <Avatar color="teal" radius="xl" aria-hidden>
                {initials(userName)}
              </Avatar>
              <Box style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} truncate title={userName}>
                  <span className="visually-hidden">{t('shell.signedInAsPrefix')} </span>
                  {userName}
                </Text>
                <Text size="xs" c="dimmed">
                  {roleLabel}
                </Text>
              </Box>
            </Group>
            <Stack gap={6}>
              <Tooltip label={t('shell.lockShortcut')}>
                <Button
                  variant="light"
                  leftSection={<IconLock size={16} aria-hidden />}
                  onClick={onLock}
                  fullWidth
                  aria-keyshortcuts="Control+L"
                >
                  {t('shell.lock')}
                </Button>
              </Tooltip>
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconArrowsExchange size={16} aria-hidden />}
                onClick={onSwitchHome}
                fullWidth
              >
                {t('shell.switchHome')}
              </Button>
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1}>
          <Box maw={1200}>{children}</Box>
        </AppShell.Main>
      </AppShell>
      <Spotlight
        actions={actions}
        nothingFound={t('shell.noChildFound')}
        highlightQuery
        limit={8}
        searchProps={{
          leftSection: <IconSearch size={18} aria-hidden />,
          placeholder: t('shell.findChildPlaceholder'),
          'aria-label': t('shell.findChild'),
        }}
      />
    </>
  );
}
