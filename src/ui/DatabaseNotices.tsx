// Tells the user when another window blocks an upgrade or has upgraded the home's database.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onDatabaseEvent } from '../data/dbEvents';

type Notice = 'blocked' | 'closedForUpgrade' | null;

export function DatabaseNotices() {
  const { t } = useTranslation('common');
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(
    () =>
      onDatabaseEvent((event) =>
        setNotice((current) => {
          if (event.kind === 'ready') return current === 'blocked' ? null : current;
          return event.kind;
        }),
      ),
    [],
  );
  if (!notice) return null;
  return (
    <div role="alert" className="notice notice--warning">
      <p>{t(`dbNotice.${notice}`)}</p>
      {notice === 'closedForUpgrade' ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('dbNotice.reload')}
        </button>
      ) : null}
    </div>
  );
}
