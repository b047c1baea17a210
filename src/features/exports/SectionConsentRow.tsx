// One category of information: include its section or not; consent (who, when, how), or a legal ground.
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGiver } from '../../domain/consent';
import {
  CONSENT_METHODS,
  type ConsentMethod,
  type HandoverSection,
  type SectionConsent,
} from '../../domain/types';
import { DateField } from '../../ui/components/DateField';

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
  const changed = () => setSaved(false);
  return (
    <Stack gap="sm" pl="xl">
      <Checkbox.Group
        label={t('handover.consentGivenBy', { section: name })}
        value={givenBy}
        onChange={(value) => {
          setGivenBy(value);
          changed();
        }}
      >
        <Stack gap={6} mt={6}>
          {givers.map((giver) => (
            <Checkbox
              key={giver.id}
              value={giver.id}
              label={
                giver.kind === 'youth'
                  ? t('handover.youthGiver', { name: giver.name })
                  : `${giver.name} (${t(`common:relations.${giver.relation ?? 'parent'}`)})`
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group align="flex-start" gap="sm">
        <DateField
          label={t('handover.consentGivenOn', { section: name })}
          w={220}
          value={givenOn}
          onChange={(value) => {
            setGivenOn(value);
            changed();
          }}
        />
        <Select
          label={t('handover.consentMethod', { section: name })}
          w={260}
          placeholder={t('handover.consentMethodUnknown')}
          clearable
          value={method || null}
          data={CONSENT_METHODS.map((value) => ({ value, label: t(`handover.consentMethods.${value}`) }))}
          onChange={(value) => {
            setMethod(value ?? '');
            changed();
          }}
        />
      </Group>
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() =>
            void onSave({
              ...(givenBy.length > 0 ? { givenBy } : {}),
              ...(givenOn ? { givenOn } : {}),
              ...(method ? { method: method as ConsentMethod } : {}),
            }).then(() => setSaved(true))
          }
        >
          {t('handover.saveConsent', { section: name })}
        </Button>
        {saved ? (
          <Group gap={6} role="status">
            <IconCircleCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
            <Text size="sm">{t('handover.consentSaved')}</Text>
          </Group>
        ) : null}
      </Group>
    </Stack>
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
    <Stack gap="sm" py="xs">
      <Checkbox
        label={t('handover.include', { section: name })}
        checked={included}
        onChange={(event) => props.onInclude(event.currentTarget.checked)}
      />
      {included && !disabled ? (
        <Stack gap="sm" pl="xl">
          <Checkbox
            label={t('handover.parentsConsent', { section: name })}
            checked={hasConsent}
            onChange={(event) => {
              const value = event.currentTarget.checked;
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
            <Stack gap="sm" pl="xl">
              <Group align="flex-end" gap="sm">
                <TextInput
                  label={t('handover.legalGround', { section: name })}
                  description={t('handover.legalGroundHint')}
                  autoComplete="off"
                  flex={1}
                  miw={260}
                  value={ground}
                  onChange={(event) => setGround(event.currentTarget.value)}
                />
                <Button
                  variant="default"
                  onClick={() =>
                    void props.onConsent({
                      parentsConsent: false,
                      ...(ground.trim() ? { legalGround: ground.trim() } : {}),
                    })
                  }
                  disabled={ground === (consent.legalGround ?? '')}
                >
                  {t('handover.saveLegalGround', { section: name })}
                </Button>
              </Group>
              {consent.legalGround ? (
                <Checkbox
                  label={t('handover.confirmLegalGround', { section: name, ground: consent.legalGround })}
                  checked={confirmed}
                  onChange={(event) => props.onConfirm(event.currentTarget.checked)}
                />
              ) : null}
            </Stack>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
