// Create or edit a child in a drawer: identity, placement, legal framework, the first mentor and the
// collaboration norms. Checked by the child schema (`validateChild`), messages at the fields. A later
// change of mentor goes through the role assignments on the family tab (with its reason and history).
import {
  Anchor,
  Input,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Link } from 'react-router';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentMentor } from '../../domain/mentors';
import {
  DEFAULT_CONTACT_NORM_DAYS,
  DEFAULT_EVALUATION_INTERVAL_MONTHS,
  LEGAL_FRAMEWORKS,
  type Child,
  type Draft,
  type LegalFramework,
} from '../../domain/types';
import { validateChild } from '../../domain/validation';
import { DateField } from '../../ui/components/DateField';
import { keyboardClearButton } from '../../ui/design/theme';
import { FormActions } from '../../ui/components/FormActions';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifySaved } from '../../ui/components/notify';
import { saveFailureOf, type SaveFailure } from '../../ui/components/saveFailure';
import { validationMessages } from '../../ui/components/validationMessages';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';

interface Values {
  name: string;
  birthDate: string;
  placementStart: string;
  placementEnd: string;
  placementEndedOn: string;
  legalFramework: string | null;
  languages: string;
  cultureNotes: string;
  mentorId: string | null;
  contactNormDays: number | string;
  evaluationIntervalMonths: number | string;
}

function initialValues(child: Child | undefined, today: string): Values {
  return {
    name: child?.name ?? '',
    birthDate: child?.birthDate ?? '',
    placementStart: child?.placementStart ?? '',
    placementEnd: child?.placementEnd ?? '',
    placementEndedOn: child?.placementEndedOn ?? '',
    legalFramework: child?.legalFramework ?? null,
    languages: child?.languages.join(', ') ?? '',
    cultureNotes: child?.cultureNotes ?? '',
    mentorId: child ? (currentMentor(child, today)?.staffId ?? null) : null,
    contactNormDays: child?.contactNormDays ?? DEFAULT_CONTACT_NORM_DAYS,
    evaluationIntervalMonths: child?.evaluationIntervalMonths ?? DEFAULT_EVALUATION_INTERVAL_MONTHS,
  };
}

/** A new child's first mentor: a role assignment saved in the same transaction as the child. */
export type FirstMentor = { staffId: string; from: string } | undefined;

function draftOf(values: Values, initial: Child | undefined): Draft<Child> {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const number = (value: number | string) => (value === '' ? Number.NaN : Number(value));
  return {
    ...(initial ?? {}),
    name: values.name.trim(),
    birthDate: values.birthDate,
    placementStart: values.placementStart,
    placementEnd: optional(values.placementEnd),
    placementEndedOn: optional(values.placementEndedOn),
    legalFramework: (values.legalFramework ?? undefined) as LegalFramework,
    languages: values.languages
      .split(',')
      .map((language) => language.trim())
      .filter(Boolean),
    cultureNotes: optional(values.cultureNotes),
    // Never written here: the role assignments keep this mirror of the mentor's history up to date.
    mentorAssignments: initial?.mentorAssignments ?? [],
    contactNormDays: number(values.contactNormDays),
    evaluationIntervalMonths: number(values.evaluationIntervalMonths),
  };
}

export function ChildFormDrawer({
  opened,
  initial,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  initial?: Child;
  onSubmit: (draft: Draft<Child>, firstMentor: FirstMentor) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation(['children', 'common']);
  const title = initial ? t('form.editTitle') : t('form.newTitle');
  const form = useChildForm(initial);
  return (
    <FormDrawer title={title} opened={opened} onClose={onClose} dirty={form.isDirty()}>
      <ChildFormFields form={form} initial={initial} title={title} onSubmit={onSubmit} onCancel={onClose} />
    </FormDrawer>
  );
}

function useChildForm(initial: Child | undefined) {
  const today = useToday();
  return useForm<Values>({
    initialValues: initialValues(initial, today),
    validate: (values) =>
      validationMessages(validateChild(draftOf(values, initial), today), {
        mentorAssignments: 'mentorId',
      }),
  });
}

function ChildFormFields({
  form,
  initial,
  title,
  onSubmit,
  onCancel,
}: {
  form: ReturnType<typeof useChildForm>;
  initial?: Child;
  title: string;
  onSubmit: (draft: Draft<Child>, firstMentor: FirstMentor) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['children', 'common']);
  const today = useToday();
  const staff = useStaffList();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<SaveFailure | false>(false);
  const date = (name: 'birthDate' | 'placementStart' | 'placementEnd' | 'placementEndedOn') => ({
    ...form.getInputProps(name),
    value: form.values[name],
    onChange: (value: string) => form.setFieldValue(name, value),
  });
  const activeStaff = (staff ?? []).filter((member) => !member.activeTo || member.activeTo >= today);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setFailed(false);
    try {
      const firstMentor =
        !initial && values.mentorId
          ? { staffId: values.mentorId, from: values.placementStart || today }
          : undefined;
      await onSubmit(draftOf(values, initial), firstMentor);
      notifySaved();
    } catch (error) {
      setFailed(saveFailureOf(error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm">
        <TextInput label={t('form.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <DateField label={t('form.birthDate')} required {...date('birthDate')} />
          <Select
            label={t('form.legalFramework')}
            required
            placeholder={t('common:choose')}
            data={LEGAL_FRAMEWORKS.map((value) => ({ value, label: t(`legalFrameworks.${value}`) }))}
            {...form.getInputProps('legalFramework')}
          />
          <DateField label={t('form.placementStart')} required {...date('placementStart')} />
          <DateField label={t('form.placementEnd')} {...date('placementEnd')} />
        </SimpleGrid>
        {initial ? (
          <DateField
            label={t('form.placementEndedOn')}
            description={t('form.placementEndedOnHint')}
            {...date('placementEndedOn')}
          />
        ) : null}
        {initial ? (
          <Input.Wrapper label={t('form.mentor')}>
            <Text size="sm">
              {(staff ?? []).find((member) => member.id === form.values.mentorId)?.name ?? t('form.noMentor')}
              {' · '}
              <Anchor component={Link} to={`/children/${initial.id}/family`} size="sm">
                {t('form.changeMentor')}
              </Anchor>
            </Text>
          </Input.Wrapper>
        ) : (
          <Select
            label={t('form.mentor')}
            placeholder={t('form.noMentor')}
            clearable
            clearButtonProps={keyboardClearButton(t('form.clearMentor'))}
            allowDeselect
            data={activeStaff.map((member) => ({ value: member.id, label: member.name }))}
            {...form.getInputProps('mentorId')}
          />
        )}
        <TextInput
          label={t('form.languages')}
          description={t('form.languagesHint')}
          {...form.getInputProps('languages')}
        />
        <Textarea
          label={t('form.cultureNotes')}
          autosize
          minRows={2}
          {...form.getInputProps('cultureNotes')}
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('form.contactNormDays')}
            description={t('form.contactNormDaysHint')}
            min={1}
            max={60}
            allowDecimal={false}
            {...form.getInputProps('contactNormDays')}
          />
          <NumberInput
            label={t('form.evaluationIntervalMonths')}
            min={1}
            max={12}
            allowDecimal={false}
            {...form.getInputProps('evaluationIntervalMonths')}
          />
        </SimpleGrid>
        <FormActions failed={failed} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
