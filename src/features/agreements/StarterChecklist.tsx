// The "new placement" checklist: starter topics without an agreement yet, each one click from the form.
import { useTranslation } from 'react-i18next';
import { missingStarterTopics } from '../../domain/agreements';
import type { Agreement, StarterTopic } from '../../domain/types';

export function StarterChecklist({
  agreements,
  onPick,
}: {
  agreements: Agreement[];
  onPick: (topic: StarterTopic) => void;
}) {
  const { t } = useTranslation(['agreements', 'common']);
  const missing = missingStarterTopics(agreements);
  return (
    <section className="card" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">{t('checklist.title')}</h3>
      {missing.length === 0 ? (
        <p role="status">{t('checklist.complete')}</p>
      ) : (
        <>
          <p className="hint">{t('checklist.intro', { count: missing.length })}</p>
          <ul className="checklist" aria-label={t('checklist.missing')}>
            {missing.map((topic) => (
              <li key={topic}>
                <button
                  type="button"
                  className="button--subtle"
                  onClick={() => onPick(topic)}
                  aria-label={t('checklist.addFor', { topic: t(`common:topics.${topic}`) })}
                >
                  + {t(`common:topics.${topic}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
