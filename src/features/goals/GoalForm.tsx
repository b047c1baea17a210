// Formulate a joint goal with parents and child, in their own words, with a target date and status.
import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { goalSchema } from '../../domain/schemas';
import { GOAL_STATUSES, type Draft, type Goal, type GoalStatus } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { ConflictNotice } from '../../ui/components/ConflictNotice';
import { DateField } from '../../ui/components/DateField';
import { fieldError } from '../../ui/components/FieldError';
import { FormActions } from '../../ui/components/FormActions';
import { useVersionedSave } from '../../ui/components/useVersionedSave';
import { useStaffList } from '../staff/useStaff';

interface GoalValues {
  title: string;
  parentsWords: string;
  childWords: string;
  targetDate: string;
  status: GoalStatus;
}

function goalValues(goal: Goal | undefined): GoalValues {
  return {
    title: goal?.title ?? '',
    parentsWords: goal?.parentsWords ?? '',
    childWords: goal?.childWords ?? '',
    targetDate: goal?.targetDate ?? '',
    status: goal?.status ?? 'active',
  };
}

export function GoalForm({
  childId,
  goal,
  onSave,
  onDone,
  onDirtyChange,
}: {
  childId: string;
  goal?: Goal;
  /** A new goal's draft, or an edit's changed fields (notes are added on their own). */
  onSave: (draft: Partial<Draft<Goal>>, basedOn?: { updatedAt: string }) => Promise<unknown>;
  onDone: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['goals', 'common']);
  const staff = useStaffList() ?? [];
  const { basedOn, failed, busy, conflict, run, reapply } = useVersionedSave<Goal, GoalValues>(goal);
  const form = useForm<GoalValues>({
    initialValues: goalValues(goal),
    validate: schemaResolver(goalSchema, { sync: true }),
    onValuesChange: () => onDirtyChange?.(form.isDirty()),
  });
  const save = (values: GoalValues) => {
    const opened = basedOn.current;
    const fields = {
      childId,
      title: values.title.trim(),
      parentsWords: values.parentsWords.trim() || undefined,
      childWords: values.childWords.trim() || undefined,
      targetDate: values.targetDate || undefined,
      status: values.status,
    };
    return run(
      () =>
        opened ? onSave(fields, { updatedAt: opened.updatedAt }) : onSave({ ...fields, progressNotes: [] }),
      onDone,
    );
  };
  const goalChanges = (opened: Goal, current: Goal) =>
    (
      [
        [t('form.title'), opened.title, current.title],
        [t('form.status'), t(`statuses.${opened.status}`), t(`statuses.${current.status}`)],
        [
          t('form.targetDate'),
          formatDate(opened.targetDate, i18n.language),
          formatDate(current.targetDate, i18n.language),
        ],
        [t('form.parentsWords'), opened.parentsWords ?? '', current.parentsWords ?? ''],
        [t('form.childWords'), opened.childWords ?? '', current.childWords ?? ''],
      ] as const
    )
      .filter(([, before, after]) => before !== after)
      .map(([label, , value]) => ({ label, value }));
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const title = goal ? t('form.editTitle') : t('form.newTitle');

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate aria-label={title}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            changedBy={staffName(conflict.updatedBy)}
            changedAt={conflict.updatedAt}
            changes={goalChanges(basedOn.current!, conflict)}
            busy={busy}
            onReapply={() => reapply(form, goalValues(conflict), save)}
          />
        ) : null}
        <TextInput
          label={t('form.title')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
          error={fieldError(form.errors.title)}
        />
        <Textarea
          label={t('form.parentsWords')}
          description={t('form.ownWordsHint')}
          autosize
          minRows={2}
          {...form.getInputProps('parentsWords')}
        />
        <Textarea
          label={t('form.childWords')}
          description={t('form.ownWordsHint')}
          autosize
          minRows={2}
          {...form.getInputProps('childWords')}
        />
        <SimpleGrid cols={2}>
          <DateField
            label={t('form.targetDate')}
            value={form.values.targetDate}
            onChange={(value) => form.setFieldValue('targetDate', value)}
            error={form.errors.targetDate as string | undefined}
          />
          <Select
            label={t('form.status')}
            allowDeselect={false}
            data={GOAL_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <FormActions failed={failed} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}
