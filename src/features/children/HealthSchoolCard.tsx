// Health practicalities (GP, dentist, medication) for the handover; the school has its own tab.
// "Geen medicatie" only when someone recorded it; a question nobody answered reads "Niet ingevuld".
import { Button, Card, Group, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, HealthInfo } from '../../domain/types';
import { FormActions } from '../../ui/components/FormActions';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifySaved } from '../../ui/components/notify';
import { saveFailureOf, type SaveFailure } from '../../ui/components/saveFailure';
import { Facts } from './Facts';
import { useChildCommands } from './useChildren';

type MedicationChoice = '' | 'none' | 'uses';

interface Values {
  gp: string;
  dentist: string;
  medicationChoice: MedicationChoice;
  medication: string;
  notes: string;
}

/** Empty strings are not stored: an empty section disappears from the handover. */
function compact<T extends object>(values: T): T | undefined {
  const kept = Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && String(value).trim() !== ''),
  );
  return Object.keys(kept).length > 0 ? (kept as T) : undefined;
}

function medicationChoiceOf(health: HealthInfo | undefined): MedicationChoice {
  if (health?.medication?.trim()) return 'uses';
  return health?.noMedication ? 'none' : '';
}

export function HealthSchoolCard({ child }: { child: Child }) {
  const { t } = useTranslation(['children', 'common']);
  const { update } = useChildCommands();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<SaveFailure | false>(false);
  const health = child.health ?? {};
  const form = useForm<Values>({
    initialValues: {
      gp: health.gp ?? '',
      dentist: health.dentist ?? '',
      medicationChoice: medicationChoiceOf(health),
      medication: health.medication ?? '',
      notes: health.notes ?? '',
    },
    validate: {
      medication: (value, values) =>
        values.medicationChoice === 'uses' && !value.trim() ? t('common:validation.required') : null,
    },
  });

  const medicationText =
    medicationChoiceOf(health) === 'uses'
      ? health.medication
      : health.noMedication
        ? t('healthSchool.health.noMedication')
        : undefined;

  const save = form.onSubmit(async (values) => {
    setBusy(true);
    setFailed(false);
    const nextHealth: HealthInfo = {
      gp: values.gp.trim(),
      dentist: values.dentist.trim(),
      notes: values.notes.trim(),
      ...(values.medicationChoice === 'uses' && { medication: values.medication.trim() }),
      ...(values.medicationChoice === 'none' && { noMedication: true }),
    };
    try {
      await update(child.id, { health: compact(nextHealth) });
      notifySaved();
      setEditing(false);
    } catch (error) {
      setFailed(saveFailureOf(error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Card component="section" aria-labelledby="health-school-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="health-school-heading">
          {t('healthSchool.title')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('healthSchool.edit')}
        </Button>
      </Group>
      <Facts
        facts={[
          { label: t('healthSchool.health.gp'), value: health.gp },
          { label: t('healthSchool.health.dentist'), value: health.dentist },
          { label: t('healthSchool.health.medication'), value: medicationText },
          { label: t('healthSchool.health.notes'), value: health.notes },
        ]}
      />
      <FormDrawer
        title={t('healthSchool.title')}
        opened={editing}
        onClose={() => {
          form.reset();
          setEditing(false);
        }}
        dirty={form.isDirty()}
      >
        <form onSubmit={save} noValidate aria-label={t('healthSchool.title')}>
          <Stack gap="sm">
            <TextInput label={t('healthSchool.health.gp')} data-autofocus {...form.getInputProps('gp')} />
            <TextInput label={t('healthSchool.health.dentist')} {...form.getInputProps('dentist')} />
            <Radio.Group
              label={t('healthSchool.health.medicationQuestion')}
              {...form.getInputProps('medicationChoice')}
            >
              <Group gap="lg" mt={4}>
                <Radio value="none" label={t('healthSchool.health.choiceNone')} />
                <Radio value="uses" label={t('healthSchool.health.choiceUses')} />
                <Radio value="" label={t('healthSchool.health.choiceUnknown')} />
              </Group>
            </Radio.Group>
            {form.values.medicationChoice === 'uses' ? (
              <Textarea
                label={t('healthSchool.health.medication')}
                autosize
                minRows={2}
                {...form.getInputProps('medication')}
              />
            ) : null}
            <Textarea
              label={t('healthSchool.health.notes')}
              autosize
              minRows={2}
              {...form.getInputProps('notes')}
            />
            <FormActions
              failed={failed}
              busy={busy}
              onCancel={() => {
                form.reset();
                setEditing(false);
              }}
            />
          </Stack>
        </form>
      </FormDrawer>
    </Card>
  );
}
