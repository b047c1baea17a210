// One agreement in the list: what, who, status, dates; edit it or open its history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReviewDue } from '../../domain/agreements';
import type { Agreement, FamilyMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useToday } from '../../ui/useToday';
import { AgreementForm } from './AgreementForm';
import { AgreementHistory } from './AgreementHistory';
import { useAgreementCommands } from './useAgreements';

export function AgreementItem({ agreement, family }: { agreement: Agreement; family: FamilyMember[] }) {
  const { t, i18n } = useTranslation(['agreements', 'common']);
  const today = useToday();
  const { revise } = useAgreementCommands();
  const [mode, setMode] = useState<'view' | 'edit' | 'history'>('view');
  const name = (id?: string) => family.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const who = agreement.responsible
    .map((party) =>
      party.familyMemberId ? name(party.familyMemberId) : t(`responsible.${party.kind as 'bothParents'}`),
    )
    .join(', ');
  const date = (iso?: string) => formatDate(iso, i18n.language);

  return (
    <li className="card agreement" aria-label={agreement.text}>
      <p className="agreement__text">{agreement.text}</p>
      <p className="hint">
        <span className={`status status--${agreement.status === 'agreed' ? 'onTrack' : 'notApplicable'}`}>
          {t(`statuses.${agreement.status}`)}
        </span>{' '}
        {t('list.who', { who })}
        {agreement.agreedOn ? ` · ${t('list.agreedOn', { date: date(agreement.agreedOn) })}` : ''}
        {agreement.agreedWith.length
          ? ` · ${t('list.with', { names: agreement.agreedWith.map(name).join(', ') })}`
          : ''}
        {agreement.reviewOn ? ` · ${t('list.reviewOn', { date: date(agreement.reviewOn) })}` : ''}
        {agreement.outcome ? ` · ${t(`outcomes.${agreement.outcome}`)}` : ''}
      </p>
      {isReviewDue(agreement, today) ? <p className="status status--due">{t('list.reviewDue')}</p> : null}
      <div className="actions">
        <button type="button" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
          {t('list.change')}
        </button>
        <button
          type="button"
          onClick={() => setMode(mode === 'history' ? 'view' : 'history')}
          aria-expanded={mode === 'history'}
        >
          {t('list.history', { count: agreement.version })}
        </button>
      </div>
      {mode === 'edit' ? (
        <AgreementForm
          agreement={agreement}
          family={family}
          onSave={(content) => revise(agreement.id, content, agreement.version)}
          onDone={() => setMode('view')}
        />
      ) : null}
      {mode === 'history' ? <AgreementHistory agreementId={agreement.id} family={family} /> : null}
    </li>
  );
}
