// The "new placement" checklist: starter topics without an agreement yet, each one click from the form.
import { useTranslation } from 'react-i18next';
import { isNewPlacement, missingStarterTopics } from '../../domain/agreements';
import type { Agreement, Child, StarterTopic } from '../../domain/types';
import { useToday } from '../../ui/useToday';

interface ChecklistProps {
  child: Child;
  agreements: Agreement[];
  onPick: (topic: StarterTopic) => void;
}

export function StarterChecklist({ child, agreements, onPick }: ChecklistProps) {
  const { t } = useTranslation(['agreements', 'common']);
  const today = useToday();
  const missing = missingStarterTopics(agreements);
  // After the first months of a placement the checklist stays available, folded away.
  if (missing.length > 0 && !isNewPlacement(child, today)) {
    return (
      <details className="card">
        <summary>{t('checklist.folded', { count: missing.length })}</summary>
        <Topics missing={missing} onPick={onPick} />
      </details>
    );
  }
  return (
    <section className="card" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">{t('checklist.title')}</h3>
      {missing.length === 0 ? (
        <p role="status">{t('checklist.complete')}</p>
      ) : (
        <>
          <p className="hint">{t('checklist.intro', { count: missing.length })}</p>
          <Topics missing={missing} onPick={onPick} />
        </>
      )}
    </section>
  );
}

function Topics({ missing, onPick }: { missing: StarterTopic[]; onPick: (topic: StarterTopic) => void }) {
  const { t } = useTranslation(['agreements', 'common']);
  return (
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
  );
}
