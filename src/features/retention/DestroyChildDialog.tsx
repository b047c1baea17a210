// Confirms destroying one child's file: the typed name, and for an early destruction the request.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DESTRUCTION_REQUESTERS, type DestructionRequester } from '../../domain/retention';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { CheckboxField, SelectField, TextField } from '../../ui/components/Field';
import { useDestroyChild, type EndedPlacement } from './useRetention';

export function DestroyChildDialog({
  chosen,
  today,
  onClose,
  onDestroyed,
}: {
  chosen: { placement: EndedPlacement; early: boolean } | null;
  today: string;
  onClose: () => void;
  onDestroyed: () => void;
}) {
  const { t } = useTranslation(['retention', 'common']);
  const destroy = useDestroyChild();
  const [requestedBy, setRequestedBy] = useState<DestructionRequester | ''>('');
  const [requestedOn, setRequestedOn] = useState('');
  const [noInterest, setNoInterest] = useState(false);
  const [noDuty, setNoDuty] = useState(false);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failed, setFailed] = useState(false);
  const name = chosen?.placement.child.name ?? '';

  const close = () => {
    setRequestedBy('');
    setRequestedOn('');
    setNoInterest(false);
    setNoDuty(false);
    setTyped('');
    setErrors({});
    setFailed(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const early = chosen.early;
    const next = {
      typed: typed.trim() === name ? undefined : t('nameMismatch'),
      requestedBy: early && !requestedBy ? 'required' : undefined,
      requestedOn: early && (!requestedOn || requestedOn > today) ? t('dateInvalid') : undefined,
      checks: early && !(noInterest && noDuty) ? t('checksRequired') : undefined,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    try {
      await destroy(
        chosen.placement.child.id,
        early
          ? {
              kind: 'request',
              request: {
                requestedBy: requestedBy as DestructionRequester,
                requestedOn,
                noSubstantialInterestOfOthers: noInterest,
                noStatutoryDutyToKeep: noDuty,
              },
            }
          : { kind: 'retentionExpired' },
        today,
      );
      close();
      onDestroyed();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Dialog title={t('dialogTitle')} open={chosen !== null} onClose={close}>
      {chosen ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('warning', { name })}</p>
          {chosen.early ? (
            <>
              <SelectField
                label={t('requestedBy')}
                value={requestedBy}
                onChange={(value) => setRequestedBy(value as DestructionRequester)}
                placeholder={t('choose')}
                options={DESTRUCTION_REQUESTERS.map((value) => ({ value, label: t(`requesters.${value}`) }))}
                error={errors.requestedBy}
              />
              <TextField
                label={t('requestedOn')}
                type="date"
                value={requestedOn}
                onChange={setRequestedOn}
                error={errors.requestedOn}
              />
              <CheckboxField label={t('checkInterest')} checked={noInterest} onChange={setNoInterest} />
              <CheckboxField label={t('checkDuty')} checked={noDuty} onChange={setNoDuty} />
              <ErrorMessage message={errors.checks} />
            </>
          ) : null}
          <TextField label={t('typeName')} value={typed} onChange={setTyped} error={errors.typed} />
          <ErrorMessage message={failed ? t('failed') : null} />
          <div className="actions">
            <button type="submit" className="button--danger">
              {t('confirm')}
            </button>
            <button type="button" onClick={close}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
