// The frame of the screens before sign-in: the app's name above one calm, centred column.
import { Box, Container, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function EntryFrame({ children, width = 640 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation('common');
  return (
    <Box bg="gray.0" mih="100vh" py="xl">
      <Container size={width}>
        <Group gap="xs" mb="lg" aria-hidden>
          <ThemeIcon variant="light" size="lg" radius="md">
            <IconHeartHandshake size={20} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            {t('appName')}
          </Text>
        </Group>
        <Paper component="main" withBorder radius="md" p="xl" shadow="xs">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
