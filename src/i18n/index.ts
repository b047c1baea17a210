// i18next setup: nl first, en complete; the document language is chosen apart from the UI language.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { ExportLanguage, ExportT } from '../export/translate';
import { nl, resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof nl;
  }
}

export async function initI18n(language: 'nl' | 'en'): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'nl',
      defaultNS: 'common',
      ns: Object.keys(nl),
      resources,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

/** A translate function for Word documents in the given language, whatever the UI language is. */
export function exportT(language: ExportLanguage): ExportT {
  const t = i18next.getFixedT(language, 'export');
  return (key, options) => t(key as never, options as never) as unknown as string;
}
