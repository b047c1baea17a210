// Catches a screen that fails to render: a calm message with Lock and Reload instead of a blank page.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconReload } from '@tabler/icons-react';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ScreenFailed({ onLock }: { onLock?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Paper
      component="section"
      role="alert"
      aria-labelledby="screen-failed-heading"
      withBorder
      p="lg"
      radius="md"
      maw={640}
    >
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconAlertTriangle size={28} color="var(--mantine-color-orange-7)" aria-hidden />
          <Title order={1} size="h2" id="screen-failed-heading">
            {t('errorBoundary.title')}
          </Title>
        </Group>
        <Text>{t('errorBoundary.text')}</Text>
        <Group gap="sm">
          {onLock ? (
            <Button leftSection={<IconLock size={16} aria-hidden />} onClick={onLock}>
              {t('errorBoundary.lock')}
            </Button>
          ) : null}
          <Button
            variant={onLock ? 'default' : 'filled'}
            leftSection={<IconReload size={16} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('errorBoundary.reload')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

interface Props {
  children: ReactNode;
  /** Locks the home; absent before sign-in. */
  onLock?: () => void;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The error's name only: its message or stack may quote personal data from the screen.
    console.error('screen failed to render:', error instanceof Error ? error.name : typeof error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed onLock={this.props.onLock} /> : this.props.children;
  }
}
