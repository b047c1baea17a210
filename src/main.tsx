// Renderer entry: pick the platform, load settings and language, render the app.
import { StrictMode, useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { pickPlatform, type AppSettings, type Platform } from './platform';
import { App } from './ui/App';
import { PlatformContext, type PlatformState } from './ui/AppContext';
import './ui/app.css';

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
      <App />
    </PlatformContext.Provider>
  );
}

async function start() {
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
