// Catches a screen that fails to render: a calm message with Lock and Reload instead of a blank page.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ScreenFailed({ onLock }: { onLock?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <section role="alert" aria-labelledby="screen-failed-heading" className="card">
      <h1 id="screen-failed-heading">{t('errorBoundary.title')}</h1>
      <p>{t('errorBoundary.text')}</p>
      <div className="actions">
        {onLock ? (
          <button type="button" className="button--primary" onClick={onLock}>
            {t('errorBoundary.lock')}
          </button>
        ) : null}
        <button type="button" onClick={() => window.location.reload()}>
          {t('errorBoundary.reload')}
        </button>
      </div>
    </section>
  );
}

interface Props {
  children: ReactNode;
  /** Locks the home; absent before sign-in. */
  onLock?: () => void;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The error's name only: its message or stack may quote personal data from the screen.
    console.error('screen failed to render:', error instanceof Error ? error.name : typeof error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed onLock={this.props.onLock} /> : this.props.children;
  }
}
