import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import { ConsoleNavLink } from '../live-console/ConsoleNavLink';
import { HostViewLink } from '../host-view/HostViewLink';
import { LinkStatusIndicator } from './LinkStatusIndicator';
import { ModeBadge } from '../rehearsal/ModeBadge';
import { REHEARSAL_BANNER_HEIGHT, RehearsalBanner } from '../rehearsal/RehearsalBanner';
import { RehearsalNavLink } from '../rehearsal/RehearsalNavLink';
import { useRunMode } from '../rehearsal/use-run-mode';
import { RunsNavLink } from '../review/RunsNavLink';
import { StorageNavLink } from '../storage/StorageNavLink';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { ConnectionBadge } from './ConnectionBadge';
import { ConsolesOpenBadge } from './ConsolesOpenBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { routeHash, type Route } from './route';

interface AppLayoutProps {
  route: Route;
  /** Name of the open show, shown in the header. */
  showName?: string;
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}

const HEADER_BAR_HEIGHT = 56;

/**
 * Header (product name, open show, mode badges, language, colour scheme), navigation and the main
 * area.
 */
export function AppLayout({
  route,
  showName,
  language,
  onLanguageChange,
  children,
}: AppLayoutProps) {
  const { t } = useTranslation();
  const banner = useRunMode() === 'rehearsal' ? REHEARSAL_BANNER_HEIGHT : 0;
  return (
    <AppShell
      header={{ height: HEADER_BAR_HEIGHT + banner }}
      navbar={{ width: 200, breakpoint: 0 }}
      padding="md"
    >
      <AppShell.Header>
        <RehearsalBanner />
        <Group h={HEADER_BAR_HEIGHT} px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" miw={0}>
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            {showName && (
              <Text
                size="lg"
                c="dimmed"
                truncate="end"
                title={showName}
                data-testid="header-show-name"
              >
                {showName}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Group gap="xs" aria-label={t('app.modeArea')} role="group">
              <ModeBadge />
              <ConnectionBadge />
              <ConsolesOpenBadge />
              <LinkStatusIndicator />
            </Group>
            {/* The badges wrap to make room: the switches keep their whole width. */}
            <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
              <LanguageSwitch value={language} onChange={onLanguageChange} />
              <ColorSchemeSwitch />
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <NavLink
          href={routeHash({ screen: 'shows' })}
          label={t('nav.lineup')}
          leftSection={<IconListDetails size={18} aria-hidden />}
          active={route.screen === 'shows' || route.screen === 'show'}
          aria-current={route.screen === 'shows' ? 'page' : undefined}
        />
        <ConsoleNavLink route={route} />
        <RehearsalNavLink route={route} />
        <RunsNavLink route={route} />
        <StorageNavLink route={route} />
        <HostViewLink />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
