// Every form opens here: a drawer from the right with the list still visible behind it. Mantine moves
// focus into the first field and back to the opening button on close; Escape closes (asking first when
// something was typed) and Ctrl+Enter saves.
import { Drawer } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * For forms kept in plain state rather than `@mantine/form`: true when the values (strings, numbers,
 * arrays, null) differ from what the form opened with, i.e. closing would lose something typed.
 */
export function isChanged(values: object, initial: object): boolean {
  return JSON.stringify(values) !== JSON.stringify(initial);
}

export interface FormDrawerProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  /** True once something was typed: closing then asks first. */
  dirty?: boolean;
  size?: 'md' | 'lg' | 'xl';
  children: ReactNode;
}

export function FormDrawer({
  title,
  opened,
  onClose,
  dirty = false,
  size = 'lg',
  children,
}: FormDrawerProps) {
  const { t } = useTranslation('common');
  const close = () => {
    if (!dirty) {
      onClose();
      return;
    }
    modals.openConfirmModal({
      title: t('discard.title'),
      children: t('discard.text'),
      labels: { confirm: t('discard.confirm'), cancel: t('discard.keepEditing') },
      confirmProps: { color: 'red' },
      onConfirm: onClose,
    });
  };
  return (
    <Drawer
      opened={opened}
      onClose={close}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('closeWindow') }}
      onKeyDown={(event) => {
        // Ctrl+Enter saves: submit the drawer's form as its Save button would.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          const form = (event.target as HTMLElement).closest('form');
          if (form) {
            event.preventDefault();
            form.requestSubmit();
          }
        }
      }}
    >
      {children}
    </Drawer>
  );
}
