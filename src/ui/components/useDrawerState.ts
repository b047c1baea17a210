// A tab's drawer: what it shows (`null`: closed), whether its form has unsaved typing (closing forgets
// both), and its title for each kind of content.
import { useState } from 'react';

export function useDrawerState<Open extends { kind: string }>() {
  const [open, setOpen] = useState<Open | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setOpen(null);
    setDirty(false);
  };
  return { open, show: setOpen, close, dirty, setDirty };
}

/** A title per kind, or a function of what is shown for a title that names it. */
export type DrawerTitles<Open extends { kind: string }> = {
  [Kind in Open['kind']]: string | ((shown: Open & { kind: Kind }) => string);
};

/** The drawer's title for what it shows; empty while closed. */
export function drawerTitle<Open extends { kind: string }>(
  open: Open | null,
  titles: DrawerTitles<Open>,
): string {
  if (open === null) return '';
  const title = titles[open.kind as Open['kind']];
  return typeof title === 'function' ? title(open as Open & { kind: Open['kind'] }) : title;
}
