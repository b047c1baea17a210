// Toasts after saving: "Opgeslagen" in green, a failure in red that stays until closed.
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

export function notifySaved(message?: string): void {
  notifications.show({ color: 'green', message: message ?? i18next.t('common:saved'), autoClose: 3000 });
}

export function notifyFailed(message: string): void {
  notifications.show({ color: 'red', message, autoClose: false, withCloseButton: true });
}
