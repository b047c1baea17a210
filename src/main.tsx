// Renderer entry: pick the platform, load settings and language, render the app.
// First: the cascade layer order, before any style sheet declares a layer.
import './ui/design/layers.css';
import { StrictMode, useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { persistStorage } from './data/storage';
import { initI18n } from './i18n';
import { pickPlatform, type AppSettings, type Platform } from './platform';
import { App } from './app/App';
import { ErrorBoundary } from './ui/components/ErrorBoundary';
import { DatabaseNotices } from './ui/DatabaseNotices';
import { PlatformContext, type PlatformState } from './ui/AppContext';
import { DesignProvider } from './ui/design/DesignProvider';
import './ui/design/app.css';

function Root({ platform, initialSettings }: { platform: Platform; initialSettings: AppSettings }) {
  const [settings, setSettings] = useState(initialSettings);
  const updateSettings = useCallback(
    async (patch: Partial<AppSettings>) => {
      const next = await platform.setSettings(patch);
      if (next.language !== settings.language) await initI18n(next.language);
      setSettings(next);
    },
    [platform, settings.language],
  );
  const value = useMemo<PlatformState>(
    () => ({ platform, settings, updateSettings }),
    [platform, settings, updateSettings],
  );
  return (
    <PlatformContext.Provider value={value}>
      <DesignProvider language={settings.language}>
        <DatabaseNotices />
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </DesignProvider>
    </PlatformContext.Provider>
  );
}

async function start() {
  // End-to-end tests run on the dev server with a cheap key derivation; a production build drops this.
  if (import.meta.env.DEV && import.meta.env.VITE_TEST_KDF_ITERATIONS) {
    const { setTestKdfIterations } = await import('./data/homes');
    setTestKdfIterations(Number(import.meta.env.VITE_TEST_KDF_ITERATIONS));
  }
  // Ask at every start that the browser never evicts the homes under storage pressure.
  void persistStorage();
  const platform = pickPlatform();
  const settings = await platform.getSettings();
  await initI18n(settings.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root platform={platform} initialSettings={settings} />
    </StrictMode>,
  );
}

void start();
