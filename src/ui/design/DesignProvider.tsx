// Mantine around the whole app: theme, dates in the app's language (never the OS locale), toasts and
// confirm dialogs.
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/nl';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, themeFor } from './theme';
import { dayjsLocale } from './dates';
import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import '@mantine/spotlight/styles.layer.css';
import 'mantine-datatable/styles.layer.css';

/**
 * The page's style nonce (a built app's `csp-nonce` <meta>, fresh per page): the release CSP allows
 * only <style> elements that carry it. The dev server allows inline styles and has no such <meta>.
 */
function styleNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

export function DesignProvider({ language, children }: { language: 'nl' | 'en'; children: ReactNode }) {
  const locale = dayjsLocale(language);
  dayjs.locale(locale);
  const { t } = useTranslation('common');
  const clearSelection = t('clearSelection');
  const theme = useMemo(() => themeFor({ clearSelection }), [clearSelection]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={styleNonce}
    >
      <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <ModalsProvider>
          <Notifications position="bottom-right" limit={3} />
          {children}
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
