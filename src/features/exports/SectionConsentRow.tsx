// One handover section: include it or not; parents' consent, or a legal ground the user must confirm.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverSection, SectionConsent } from '../../domain/types';
import { CheckboxField, TextField } from '../../ui/components/Field';

interface SectionConsentRowProps {
  section: HandoverSection;
  included: boolean;
  onInclude: (included: boolean) => void;
  consent: SectionConsent;
  onConsent: (parentsConsent: boolean, legalGround: string) => Promise<void>;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  disabled: boolean;
}

export function SectionConsentRow(props: SectionConsentRowProps) {
  const { section, included, consent, confirmed, disabled } = props;
  const { t } = useTranslation('documents');
  const [ground, setGround] = useState(consent.legalGround ?? '');
  // Shown at once; the saved value follows from the database a moment later.
  const [hasConsent, setHasConsent] = useState(consent.parentsConsent);
  useEffect(() => setGround(consent.legalGround ?? ''), [consent.legalGround]);
  useEffect(() => setHasConsent(consent.parentsConsent), [consent.parentsConsent]);
  const name = t(`sections.${section}`);
  return (
    <div className="card section-consent">
      <CheckboxField
        label={t('handover.include', { section: name })}
        checked={included}
        onChange={props.onInclude}
      />
      {included && !disabled ? (
        <>
          <CheckboxField
            label={t('handover.parentsConsent', { section: name })}
            checked={hasConsent}
            onChange={(value) => {
              setHasConsent(value);
              void props.onConsent(value, ground);
            }}
          />
          {!hasConsent ? (
            <>
              <TextField
                label={t('handover.legalGround', { section: name })}
                value={ground}
                onChange={setGround}
                hint={t('handover.legalGroundHint')}
              />
              <button
                type="button"
                onClick={() => void props.onConsent(false, ground.trim())}
                disabled={ground === (consent.legalGround ?? '')}
              >
                {t('handover.saveLegalGround', { section: name })}
              </button>
              {consent.legalGround ? (
                <CheckboxField
                  label={t('handover.confirmLegalGround', { section: name, ground: consent.legalGround })}
                  checked={confirmed}
                  onChange={props.onConfirm}
                />
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
