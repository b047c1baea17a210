// The application menu: minimal, in Dutch or English; reload and DevTools only in a developer's build.
// Labels come from src/locales/<lng>/shell.json (the main process has no i18next; the parity test
// keeps both languages complete).
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../src/platform/settings';
import enShell from '../../src/locales/en/shell.json';
import nlShell from '../../src/locales/nl/shell.json';

const LABELS: Record<Language, typeof nlShell.menu> = { nl: nlShell.menu, en: enShell.menu };

export function menuTemplate(options: {
  language: Language;
  packaged: boolean;
}): MenuItemConstructorOptions[] {
  const t = LABELS[options.language];
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const developer: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [
        separator,
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.devTools },
      ];
  return [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        separator,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        separator,
        { role: 'togglefullscreen', label: t.fullScreen },
        ...developer,
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
  ];
}
