// First screen: the homes on this computer as rows to open, create a new one, open the demo home, or
// restore a backup.
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  IconChevronRight,
  IconDatabaseImport,
  IconHome,
  IconPlus,
  IconSparkles,
  IconTrash,
} from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { EmptyState } from '../../ui/components/EmptyState';
import { EntryFrame } from '../../ui/components/EntryFrame';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useHomes } from './useHomes';

// The restore screen (and the backup reader), the new-home form and the delete dialog (with their form
// and validation libraries) load when they are opened, not with the welcome screen.
const RestoreBackup = lazy(() => import('../backup').then((module) => ({ default: module.RestoreBackup })));
const CreateHomeForm = lazy(() =>
  import('./CreateHomeForm').then((module) => ({ default: module.CreateHomeForm })),
);
const DeleteHomeDialog = lazy(() =>
  import('./DeleteHomeDialog').then((module) => ({ default: module.DeleteHomeDialog })),
);

interface WelcomePageProps {
  onOpen: (home: HomeEntry) => void;
  onCreated: (home: HomeEntry, session: Session, recoveryKey: string) => void;
}

export function WelcomePage({ onOpen, onCreated }: WelcomePageProps) {
  const { t } = useTranslation(['homes', 'common', 'backup']);
  const { homes, create, createDemo, remove, refresh } = useHomes();
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [toDelete, setToDelete] = useState<HomeEntry | null>(null);
  const [demoProgress, setDemoProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const openDemo = async () => {
    const existing = homes?.find((home) => home.demo);
    if (existing) return onOpen(existing);
    setError(null);
    setDemoProgress({ done: 0, total: 1 });
    try {
      const home = await createDemo(t('demo.name'), (done, total) => setDemoProgress({ done, total }));
      onOpen(home);
    } catch {
      setError(t('demo.failed'));
    } finally {
      setDemoProgress(null);
    }
  };

  return (
    <EntryFrame>
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('welcome.title')}</Title>
          <Text c="dimmed" mt={4}>
            {t('welcome.intro')}
          </Text>
        </div>
        {restoring ? (
          <Suspense fallback={null}>
            <RestoreBackup
              homes={homes ?? []}
              onCancel={() => setRestoring(false)}
              onRestored={(home) => {
                setRestoring(false);
                void refresh();
                onOpen(home);
              }}
            />
          </Suspense>
        ) : creating ? (
          <Suspense fallback={null}>
            <CreateHomeForm
              onCancel={() => setCreating(false)}
              onSubmit={async (input) => {
                const { home, session, recoveryKey } = await create(input);
                onCreated(home, session, recoveryKey);
              }}
            />
          </Suspense>
        ) : (
          <>
            <section aria-labelledby="homes-heading">
              <Title order={2} id="homes-heading" mb="sm">
                {t('welcome.homesHeading')}
              </Title>
              {homes === null ? (
                <Text role="status" c="dimmed">
                  {t('common:loading')}
                </Text>
              ) : homes.length === 0 ? (
                <EmptyState>{t('welcome.noHomes')}</EmptyState>
              ) : (
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {homes.map((home) => (
                    <HomeRow key={home.id} home={home} onOpen={onOpen} onDelete={setToDelete} />
                  ))}
                </Stack>
              )}
            </section>
            <Group gap="sm">
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                {t('welcome.create')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconSparkles size={16} aria-hidden />}
                onClick={() => void openDemo()}
                disabled={demoProgress !== null}
              >
                {t('welcome.openDemo')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconDatabaseImport size={16} aria-hidden />}
                onClick={() => setRestoring(true)}
              >
                {t('backup:restore.open')}
              </Button>
            </Group>
            {demoProgress ? (
              <Stack gap={4} role="status">
                <Text>{t('demo.creating')}</Text>
                <Progress
                  value={(100 * demoProgress.done) / Math.max(1, demoProgress.total)}
                  aria-label={t('demo.creating')}
                  animated
                />
              </Stack>
            ) : null}
            <ErrorMessage message={error} />
          </>
        )}
      </Stack>
      {toDelete ? (
        <Suspense fallback={null}>
          <DeleteHomeDialog
            home={toDelete}
            onCancel={() => setToDelete(null)}
            onConfirm={(home, staffId, password) => remove(home, staffId, password)}
          />
        </Suspense>
      ) : null}
    </EntryFrame>
  );
}

/** One home: the whole row opens it; deleting is a separate, quieter button at the right. */
function HomeRow({
  home,
  onOpen,
  onDelete,
}: {
  home: HomeEntry;
  onOpen: (home: HomeEntry) => void;
  onDelete: (home: HomeEntry) => void;
}) {
  const { t } = useTranslation('homes');
  const deleteLabel = t('delete.buttonFor', { name: home.name });
  return (
    <Paper component="li" withBorder radius="md" p={0}>
      <Group gap={0} wrap="nowrap">
        <UnstyledButton
          onClick={() => onOpen(home)}
          aria-label={t('welcome.openHome', { name: home.name })}
          p="md"
          style={{ flex: 1 }}
        >
          <Group gap="md" wrap="nowrap">
            <IconHome size={22} aria-hidden />
            <div style={{ flex: 1 }}>
              <Text fw={600}>{home.name}</Text>
              <Text size="sm" c="dimmed">
                {t(`kinds.${home.kind}`)}
              </Text>
            </div>
            <IconChevronRight size={18} aria-hidden />
          </Group>
        </UnstyledButton>
        <Tooltip label={deleteLabel}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            mx="sm"
            aria-label={deleteLabel}
            onClick={() => onDelete(home)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
