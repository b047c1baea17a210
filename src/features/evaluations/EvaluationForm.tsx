// Record the three-monthly evaluation in a drawer: who attended, each running goal reviewed, the
// parents' view (empty only when marked that they would not or could not react), the child's and
// staff's experience, and which agreements are revised.
import {
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../domain/dates';
import { evaluationLooksBackTo } from '../../domain/evaluations';
import { errorsOf, evaluationSchema } from '../../domain/schemas';
import {
  GOAL_STATUSES,
  type Agreement,
  type Child,
  type Draft,
  type Evaluation,
  type FamilyMember,
  type Goal,
} from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { ConflictNotice } from '../../ui/components/ConflictNotice';
import { DateField } from '../../ui/components/DateField';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { fieldError } from '../../ui/components/FieldError';
import { FormActions } from '../../ui/components/FormActions';
import { useVersionedSave } from '../../ui/components/useVersionedSave';
import { useToday } from '../../ui/useToday';
import { PeopleCheckboxes } from '../contacts/PeopleCheckboxes';
import { LatestParentReactions } from '../reports/LatestParentReactions';
import { useStaffList } from '../staff/useStaff';
import { evaluationDraft, evaluationValues, type EvaluationValues } from './evaluationValues';

export function EvaluationForm({
  childId,
  child,
  evaluations,
  evaluation,
  agreements,
  goals,
  family,
  signedInStaffId,
  onSave,
  onDone,
  onDirtyChange,
}: {
  childId: string;
  child: Pick<Child, 'placementStart'>;
  /** The child's evaluations: the one before this one starts the period of the parents' reactions. */
  evaluations: readonly Evaluation[];
  evaluation?: Evaluation;
  agreements: Agreement[];
  goals: Goal[];
  family: FamilyMember[];
  signedInStaffId: string;
  onSave: (draft: Draft<Evaluation>, basedOn?: { updatedAt: string }) => Promise<unknown>;
  onDone: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['evaluations', 'goals', 'common']);
  const today = useToday();
  const staff = useStaffList() ?? [];
  const { openedAt, failed, busy, conflict, run, reapply } = useVersionedSave<Evaluation, EvaluationValues>(
    evaluation,
  );
  const form = useForm<EvaluationValues>({
    initialValues: evaluationValues(evaluation, goals, today, signedInStaffId),
    validate: (values) => errorsOf(evaluationSchema(today), evaluationDraft(childId, values)),
    onValuesChange: () => onDirtyChange?.(form.isDirty()),
  });
  const save = (values: EvaluationValues) =>
    run(() => onSave(evaluationDraft(childId, values), openedAt()), onDone);
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const goalTitle = (id: string) => goals.find((goal) => goal.id === id)?.title ?? '';
  const title = evaluation ? t('form.editTitle') : t('form.newTitle');
  const notGiven = form.values.parentsViewNotGiven;
  const heldOn = isIsoDate(form.values.heldOn) ? form.values.heldOn : today;
  const reactionsFrom = evaluationLooksBackTo(evaluations, child, heldOn, evaluation?.id);

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate aria-label={title}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            changedBy={staffName(conflict.updatedBy)}
            changedAt={conflict.updatedAt}
            changes={[
              { label: t('form.heldOn'), value: formatDate(conflict.heldOn, i18n.language) },
              { label: t('form.parentsExperience'), value: conflict.parentsExperience },
            ]}
            busy={busy}
            onReapply={() => reapply(form, evaluationValues(conflict, goals, today, signedInStaffId), save)}
          />
        ) : null}
        <SimpleGrid cols={2}>
          <DateField
            label={t('form.heldOn')}
            withAsterisk
            value={form.values.heldOn}
            onChange={(value) => form.setFieldValue('heldOn', value)}
            error={form.errors.heldOn as string | undefined}
          />
          <MultiSelect
            label={t('form.staffAttendees')}
            searchable
            data={staff.map((member) => ({ value: member.id, label: member.name }))}
            {...form.getInputProps('staffAttendeeIds')}
          />
        </SimpleGrid>
        <PeopleCheckboxes
          label={t('form.attendees')}
          family={family}
          value={form.values.attendeeIds}
          onChange={(value) => form.setFieldValue('attendeeIds', value)}
        />
        <Fieldset legend={t('form.goalReviews')} variant="filled" p="sm">
          {form.values.goalReviews.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('form.noGoals')}
            </Text>
          ) : (
            <Stack gap="sm">
              {form.values.goalReviews.map((review, index) => (
                <Group
                  key={review.goalId}
                  role="group"
                  aria-label={goalTitle(review.goalId)}
                  align="flex-start"
                  gap="sm"
                  wrap="nowrap"
                >
                  <Text size="sm" fw={600} w={200} mt={30}>
                    {goalTitle(review.goalId)}
                  </Text>
                  <Select
                    label={t('form.goalStatus')}
                    w={160}
                    allowDeselect={false}
                    data={GOAL_STATUSES.map((status) => ({
                      value: status,
                      label: t(`goals:statuses.${status}`),
                    }))}
                    {...form.getInputProps(`goalReviews.${index}.status`)}
                  />
                  <TextInput
                    label={t('form.goalProgress')}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`goalReviews.${index}.progress`)}
                  />
                </Group>
              ))}
            </Stack>
          )}
        </Fieldset>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={6}>
            <Textarea
              label={t('form.parentsExperience')}
              description={t('form.parentsExperienceHint')}
              autosize
              minRows={2}
              disabled={notGiven}
              {...form.getInputProps('parentsExperience')}
              error={fieldError(form.errors.parentsExperience)}
            />
            <Checkbox
              label={t('form.parentsViewNotGiven')}
              {...form.getInputProps('parentsViewNotGiven', { type: 'checkbox' })}
            />
          </Stack>
          <LatestParentReactions childId={childId} family={family} from={reactionsFrom} to={heldOn} />
        </SimpleGrid>
        <ErrorMessage message={form.errors.experience ? t('form.experienceRequired') : null} />
        {(['childExperience', 'staffExperience', 'goesWell', 'shouldChange'] as const).map((field) => (
          <Textarea
            key={field}
            label={t(`form.${field}`)}
            autosize
            minRows={2}
            {...form.getInputProps(field)}
            error={fieldError(form.errors[field])}
          />
        ))}
        {agreements.length > 0 ? (
          <Checkbox.Group label={t('form.revisedAgreements')} {...form.getInputProps('revisedAgreementIds')}>
            <Stack gap={6} mt={6}>
              {agreements.map((agreement) => (
                <Checkbox
                  key={agreement.id}
                  value={agreement.id}
                  label={`${agreement.topic === 'custom' ? agreement.customTopic : t(`common:topics.${agreement.topic}`)}: ${agreement.text}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        <FormActions failed={failed} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}
