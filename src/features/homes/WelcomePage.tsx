// First screen: the homes on this computer, create a new one, or open the demo home.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../data/homes';
import type { HomeEntry } from '../../domain/types';
import { EmptyState } from '../../ui/components/EmptyState';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { CreateHomeForm } from './CreateHomeForm';
import { DeleteHomeDialog } from './DeleteHomeDialog';
import { useHomes } from './useHomes';

// The restore screen (and the backup reader) load when it is opened, not with the welcome screen.
const RestoreBackup = lazy(() => import('../backup').then((module) => ({ default: module.RestoreBackup })));

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
    <main className="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
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
        <CreateHomeForm
          onCancel={() => setCreating(false)}
          onSubmit={async (input) => {
            const { home, session, recoveryKey } = await create(input);
            onCreated(home, session, recoveryKey);
          }}
        />
      ) : (
        <>
          <section aria-labelledby="homes-heading">
            <h2 id="homes-heading">{t('welcome.homesHeading')}</h2>
            {homes === null ? (
              <p role="status">{t('common:loading')}</p>
            ) : homes.length === 0 ? (
              <EmptyState>{t('welcome.noHomes')}</EmptyState>
            ) : (
              <ul className="home-list">
                {homes.map((home) => (
                  <li key={home.id}>
                    <button
                      type="button"
                      className="home-list__open"
                      onClick={() => onOpen(home)}
                      aria-label={t('welcome.openHome', { name: home.name })}
                    >
                      <span className="home-list__name">{home.name}</span>
                      <span className="home-list__kind">{t(`kinds.${home.kind}`)}</span>
                    </button>
                    <button
                      type="button"
                      className="button--subtle"
                      onClick={() => setToDelete(home)}
                      aria-label={t('delete.buttonFor', { name: home.name })}
                    >
                      {t('delete.button')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="actions">
            <button type="button" className="button--primary" onClick={() => setCreating(true)}>
              {t('welcome.create')}
            </button>
            <button type="button" onClick={() => void openDemo()} disabled={demoProgress !== null}>
              {t('welcome.openDemo')}
            </button>
            <button type="button" onClick={() => setRestoring(true)}>
              {t('backup:restore.open')}
            </button>
          </div>
          {demoProgress ? (
            <div className="progress" role="status">
              <p>{t('demo.creating')}</p>
              <progress max={demoProgress.total} value={demoProgress.done} aria-label={t('demo.creating')} />
            </div>
          ) : null}
          <ErrorMessage message={error} />
        </>
      )}
      <DeleteHomeDialog
        home={toDelete}
        onCancel={() => setToDelete(null)}
        onConfirm={(home, staffId, password) => remove(home, staffId, password)}
      />
    </main>
  );
}
