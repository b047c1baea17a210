// A translate function for documents outside the app (scripts, benchmarks, tests): its own i18next instance.
import i18next from 'i18next';
import type { ExportLanguage, ExportT } from '../export/translate';
import enExport from '../locales/en/export.json';
import nlExport from '../locales/nl/export.json';

export async function createExportT(language: ExportLanguage): Promise<ExportT> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources: { nl: { export: nlExport }, en: { export: enExport } } });
  const t = i18n.getFixedT(language, 'export');
  return (key, options) => t(key as never, options as never) as unknown as string;
}
