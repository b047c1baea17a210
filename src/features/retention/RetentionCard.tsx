// Coordinators (Instellingen): ended placements with their retention date; destroy a file when the
// period is over, or early on a recorded request of the youth or the parents.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { EmptyState } from '../../ui/components/EmptyState';
import { useToday } from '../../ui/useToday';
import { DestroyChildDialog } from './DestroyChildDialog';
import { useEndedPlacements, type EndedPlacement } from './useRetention';

export function RetentionCard() {
  const { t, i18n } = useTranslation('retention');
  const today = useToday();
  const placements = useEndedPlacements(today);
  const [chosen, setChosen] = useState<{ placement: EndedPlacement; early: boolean } | null>(null);
  const [destroyed, setDestroyed] = useState(false);
  if (!placements) return null;
  return (
    <section aria-labelledby="retention-heading" className="card">
      <h2 id="retention-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      {destroyed ? <p role="status">{t('destroyed')}</p> : null}
      {placements.length === 0 ? (
        <EmptyState>{t('none')}</EmptyState>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('child')}</th>
              <th scope="col">{t('endedOn')}</th>
              <th scope="col">{t('keepUntil')}</th>
              <th scope="col">{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {placements.map((placement) => (
              <tr key={placement.child.id}>
                <td>{placement.child.name}</td>
                <td>{formatDate(placement.child.placementEndedOn, i18n.language)}</td>
                <td>
                  {formatDate(placement.retentionEndsOn, i18n.language)}
                  {placement.pastRetention ? ` (${t('past')})` : ''}
                </td>
                <td>
                  <button
                    type="button"
                    className="button--danger"
                    onClick={() => setChosen({ placement, early: !placement.pastRetention })}
                  >
                    {placement.pastRetention ? t('destroy') : t('destroyOnRequest')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DestroyChildDialog
        chosen={chosen}
        today={today}
        onClose={() => setChosen(null)}
        onDestroyed={() => {
          setChosen(null);
          setDestroyed(true);
        }}
      />
    </section>
  );
}
