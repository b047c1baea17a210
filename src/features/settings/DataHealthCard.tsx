// Coordinators: records that failed to open (table, id, first seen; never content).
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useDamagedRecords } from './useDataHealth';

export function DataHealthCard() {
  const { t, i18n } = useTranslation(['settings', 'audit']);
  const damaged = useDamagedRecords();
  if (damaged === undefined) return null;
  return (
    <section aria-labelledby="damaged-heading" className="card">
      <h2 id="damaged-heading">{t('damaged.title')}</h2>
      {damaged.length === 0 ? (
        <p>{t('damaged.none')}</p>
      ) : (
        <>
          <p role="status">
            <strong>{t('damaged.count', { count: damaged.length })}</strong>. {t('damaged.intro')}
          </p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('damaged.table')}</th>
                <th scope="col">{t('damaged.id')}</th>
                <th scope="col">{t('damaged.firstSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {damaged.map((record) => (
                <tr key={`${record.table}:${record.id}`}>
                  <td>{t(`audit:entities.${record.table}`, { defaultValue: record.table })}</td>
                  <td>
                    <code>{record.id}</code>
                  </td>
                  <td>{formatDateTime(record.firstSeen, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
