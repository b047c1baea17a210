// Confirms destroying one child's file: the typed name, and for an early destruction the request.
import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESTRUCTION_REQUESTERS, type DestructionRequester } from '../../domain/retention';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { DateField } from '../../ui/components/DateField';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { useFieldProps } from '../../ui/components/formErrors';
import { useDestroyChild, type EndedPlacement } from './useRetention';

interface Values {
  requestedBy: string;
  requestedOn: string;
  noInterest: boolean;
  noDuty: boolean;
  typed: string;
}

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
  const name = chosen?.placement.child.name ?? '';
  const early = chosen?.early ?? false;
  const form = useForm<Values>({
    initialValues: { requestedBy: '', requestedOn: '', noInterest: false, noDuty: false, typed: '' },
    validate: {
      typed: (value) => (value.trim() === name ? null : t('nameMismatch')),
      requestedBy: (value) => (early && !value ? 'required' : null),
      requestedOn: (value) => (early && (!value || value > today) ? t('dateInvalid') : null),
      noDuty: (value, values) => (early && !(value && values.noInterest) ? t('checksRequired') : null),
    },
  });
  const field = useFieldProps(form);
  const [failed, setFailed] = useState(false);

  const close = () => {
    form.reset();
    setFailed(false);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    if (!chosen) return;
    try {
      await destroy(
        chosen.placement.child.id,
        early
          ? {
              kind: 'request',
              request: {
                requestedBy: values.requestedBy as DestructionRequester,
                requestedOn: values.requestedOn,
                noSubstantialInterestOfOthers: values.noInterest,
                noStatutoryDutyToKeep: values.noDuty,
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
  });

  const checksError = form.errors.noDuty;
  return (
    <Dialog title={t('dialogTitle')} open={chosen !== null} onClose={close} size="lg">
      {chosen ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('warning', { name })}</Text>
            {early ? (
              <>
                <Select
                  {...field('requestedBy')}
                  label={t('requestedBy')}
                  placeholder={t('choose')}
                  data={DESTRUCTION_REQUESTERS.map((value) => ({ value, label: t(`requesters.${value}`) }))}
                  comboboxProps={{ withinPortal: false }}
                />
                <DateField
                  label={t('requestedOn')}
                  value={form.values.requestedOn}
                  onChange={(value) => form.setFieldValue('requestedOn', value)}
                  error={typeof form.errors.requestedOn === 'string' ? form.errors.requestedOn : undefined}
                  maxDate={today}
                />
                <Checkbox
                  {...form.getInputProps('noInterest', { type: 'checkbox' })}
                  label={t('checkInterest')}
                />
                <Checkbox
                  {...form.getInputProps('noDuty', { type: 'checkbox' })}
                  error={undefined}
                  label={t('checkDuty')}
                />
                <ErrorMessage message={typeof checksError === 'string' ? checksError : null} />
              </>
            ) : null}
            <TextInput {...field('typed')} label={t('typeName')} autoComplete="off" />
            <ErrorMessage message={failed ? t('failed') : null} />
            <Group gap="sm">
              <Button type="submit" color="red">
                {t('confirm')}
              </Button>
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Dialog>
  );
}
