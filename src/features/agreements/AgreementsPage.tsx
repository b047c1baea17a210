// The "Afspraken" tab: shared-parenting agreements by topic, the starter checklist, and a new agreement.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByTopic, missingStarterTopics } from '../../domain/agreements';
import type { AgreementTopic } from '../../domain/types';
import { EmptyState } from '../../ui/components/EmptyState';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useFamilyMembers } from '../family/useFamily';
import { AgreementForm } from './AgreementForm';
import { AgreementItem } from './AgreementItem';
import { StarterChecklist } from './StarterChecklist';
import { useAgreementCommands, useAgreements } from './useAgreements';

export function AgreementsPage() {
  const { t } = useTranslation(['agreements', 'common']);
  const child = useChildFromRoute();
  const agreements = useAgreements(child.id);
  const family = useFamilyMembers(child.id);
  const { add } = useAgreementCommands();
  const [newTopic, setNewTopic] = useState<AgreementTopic | null>(null);
  if (!agreements || !family) return <p role="status">{t('common:loading')}</p>;

  return (
    <section aria-labelledby="agreements-heading">
      <div className="page-header">
        <h2 id="agreements-heading">{t('title')}</h2>
        <button
          type="button"
          className="button--primary"
          onClick={() => setNewTopic(missingStarterTopics(agreements)[0] ?? 'custom')}
        >
          {t('add')}
        </button>
      </div>
      {newTopic ? (
        <AgreementForm
          key={newTopic}
          topic={newTopic}
          family={family}
          onSave={(content) => add(child.id, content)}
          onDone={() => setNewTopic(null)}
        />
      ) : null}
      <StarterChecklist child={child} agreements={agreements} onPick={setNewTopic} />
      {agreements.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        groupByTopic(agreements).map((group) => {
          const label =
            group.topic === 'custom' ? (group.customTopic ?? '') : t(`common:topics.${group.topic}`);
          return (
            <section key={`${group.topic}-${group.customTopic ?? ''}`} aria-label={label}>
              <h3>{label}</h3>
              <ul className="agreement-list">
                {group.agreements.map((agreement) => (
                  <AgreementItem key={agreement.id} agreement={agreement} family={family} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
