// i18next setup: nl first, en complete; the document language is chosen apart from the UI language.
// Texts load per namespace on demand (see resources.ts): the start-up ones with i18next, the rest when
// a home is opened (`loadAllTexts`), a document's language when a document is made (`exportT`).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ExportLanguage, ExportT } from '../export/translate';
import { lazyTexts, loadTexts, NAMESPACES, STARTUP_NAMESPACES, type Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

export async function initI18n(language: 'nl' | 'en'): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next
      .use(lazyTexts)
      .use(initReactI18next)
      .init({
        lng: language,
        fallbackLng: 'nl',
        defaultNS: 'common',
        ns: [...STARTUP_NAMESPACES],
        interpolation: { escapeValue: false },
        returnNull: false,
      });
  } else if (i18next.language !== language) {
    // Loads the new language's texts of every namespace loaded so far before switching.
    await i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

/** Every namespace in the current language (and the fallback): the signed-in screens use them all. */
export function loadAllTexts(): Promise<void> {
  return i18next.loadNamespaces([...NAMESPACES]);
}

/** A translate function for Word documents in the given language, whatever the UI language is. */
export async function exportT(language: ExportLanguage): Promise<ExportT> {
  if (!i18next.hasResourceBundle(language, 'export')) {
    i18next.addResourceBundle(language, 'export', await loadTexts(language, 'export'));
  }
  const t = i18next.getFixedT(language, 'export');
  return (key, options) => t(key as never, options as never) as unknown as string;
}
