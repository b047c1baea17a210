// A modal dialog (Mantine Modal): focus stays inside and returns on close, Escape cancels.
import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  size?: 'sm' | 'md' | 'lg';
}

export function Dialog({ title, open, onClose, children, size = 'md' }: DialogProps) {
  const { t } = useTranslation('common');
  return (
    <Modal
      opened={open}
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t('closeWindow') }}
    >
      {children}
    </Modal>
  );
}
