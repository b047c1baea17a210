// One category of information: include its section or not; consent (who, when, how), or a legal ground.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGiver } from '../../domain/consent';
import {
  CONSENT_METHODS,
  type ConsentMethod,
  type HandoverSection,
  type SectionConsent,
} from '../../domain/types';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../ui/components/Field';

interface SectionConsentRowProps {
  section: HandoverSection;
  included: boolean;
  onInclude: (included: boolean) => void;
  consent: SectionConsent;
  /** Parents with authority, and the youth from 16: who may give consent. */
  givers: ConsentGiver[];
  onConsent: (consent: SectionConsent) => Promise<void>;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  disabled: boolean;
}

/** Who consented, when and how: recorded with the consent and listed in the document. */
function ConsentDetails({
  name,
  consent,
  givers,
  onSave,
}: {
  name: string;
  consent: SectionConsent;
  givers: ConsentGiver[];
  onSave: (details: Pick<SectionConsent, 'givenBy' | 'givenOn' | 'method'>) => Promise<void>;
}) {
  const { t } = useTranslation(['documents', 'common']);
  const [givenBy, setGivenBy] = useState(consent.givenBy ?? []);
  const [givenOn, setGivenOn] = useState(consent.givenOn ?? '');
  const [method, setMethod] = useState<string>(consent.method ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <div className="consent-details">
      <CheckboxGroup
        legend={t('handover.consentGivenBy', { section: name })}
        options={givers.map((giver) => ({
          value: giver.id,
          label:
            giver.kind === 'youth'
              ? t('handover.youthGiver', { name: giver.name })
              : `${giver.name} (${t(`common:relations.${giver.relation ?? 'parent'}`)})`,
        }))}
        selected={givenBy}
        onChange={(value) => {
          setGivenBy(value);
          setSaved(false);
        }}
      />
      <TextField
        label={t('handover.consentGivenOn', { section: name })}
        type="date"
        value={givenOn}
        onChange={(value) => {
          setGivenOn(value);
          setSaved(false);
        }}
      />
      <SelectField
        label={t('handover.consentMethod', { section: name })}
        value={method}
        placeholder={t('handover.consentMethodUnknown')}
        options={CONSENT_METHODS.map((value) => ({ value, label: t(`handover.consentMethods.${value}`) }))}
        onChange={(value) => {
          setMethod(value);
          setSaved(false);
        }}
      />
      <button
        type="button"
        onClick={() =>
          void onSave({
            ...(givenBy.length > 0 ? { givenBy } : {}),
            ...(givenOn ? { givenOn } : {}),
            ...(method ? { method: method as ConsentMethod } : {}),
          }).then(() => setSaved(true))
        }
      >
        {t('handover.saveConsent', { section: name })}
      </button>
      {saved ? <p role="status">{t('handover.consentSaved')}</p> : null}
    </div>
  );
}

export function SectionConsentRow(props: SectionConsentRowProps) {
  const { section, included, consent, confirmed, disabled } = props;
  const { t } = useTranslation(['documents', 'common']);
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
              void props.onConsent(
                value
                  ? { ...consent, parentsConsent: true, ...(ground ? { legalGround: ground } : {}) }
                  : { parentsConsent: false, ...(ground ? { legalGround: ground } : {}) },
              );
            }}
          />
          {hasConsent ? (
            <ConsentDetails
              name={name}
              consent={consent}
              givers={props.givers}
              onSave={(details) =>
                props.onConsent({
                  parentsConsent: true,
                  ...(consent.legalGround ? { legalGround: consent.legalGround } : {}),
                  ...details,
                })
              }
            />
          ) : (
            <>
              <TextField
                label={t('handover.legalGround', { section: name })}
                value={ground}
                onChange={setGround}
                hint={t('handover.legalGroundHint')}
              />
              <button
                type="button"
                onClick={() =>
                  void props.onConsent({
                    parentsConsent: false,
                    ...(ground.trim() ? { legalGround: ground.trim() } : {}),
                  })
                }
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
          )}
        </>
      ) : null}
    </div>
  );
}
