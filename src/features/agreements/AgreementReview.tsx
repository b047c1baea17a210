// Reviewing an agreement ("Evaluatie nodig"): keep it with a new review date, change what is agreed,
// or end it, and what the parents think of it. Its own short form, not the full edit form.
import { Blockquote, Radio, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_CONTENT_KEYS } from '../../domain/agreements';
import { addMonths } from '../../domain/dates';
import { agreementReviewSchema, REVIEW_DECISIONS, type ReviewDecision } from '../../domain/schemas';
import type { Agreement, AgreementContent, AgreementOutcome, FamilyMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { ConflictNotice } from '../../ui/components/ConflictNotice';
import { DateField } from '../../ui/components/DateField';
import { fieldError } from '../../ui/components/FieldError';
import { FormActions } from '../../ui/components/FormActions';
import { useSaveFlow } from '../../ui/components/useSaveFlow';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { agreementChanges } from './agreementConflict';

interface ReviewValues {
  decision: ReviewDecision;
  reviewOn: string;
  text: string;
  outcome: AgreementOutcome | '';
  parentsView: string;
}

const OUTCOMES = ['worked', 'partly', 'didNotWork'] as const;

/** The agreement after the review: what each decision changes, the rest as it was. */
export function reviewedContent(agreement: Agreement, values: ReviewValues, today: string): AgreementContent {
  const content = Object.fromEntries(
    AGREEMENT_CONTENT_KEYS.map((key) => [key, agreement[key]]),
  ) as unknown as AgreementContent;
  const parentsView = values.parentsView.trim();
  const base: AgreementContent = { ...content, parentsView: parentsView || undefined };
  const outcome = values.outcome || undefined;
  if (values.decision === 'end') return { ...base, status: 'ended', reviewOn: undefined, outcome };
  if (values.decision === 'change')
    return {
      ...base,
      text: values.text.trim(),
      status: 'agreed',
      agreedOn: today,
      reviewOn: values.reviewOn || undefined,
      outcome,
    };
  return { ...base, reviewOn: values.reviewOn, outcome };
}

export function AgreementReview({
  agreement,
  family,
  onSave,
  onDone,
  onDirtyChange,
}: {
  agreement: Agreement;
  family: FamilyMember[];
  onSave: (content: AgreementContent, basedOnVersion: number) => Promise<unknown>;
  onDone: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation(['agreements', 'common']);
  const today = useToday();
  const staff = useStaffList() ?? [];
  const basedOn = useRef(agreement);
  const { failed, busy, conflict, run, clearConflict } = useSaveFlow<Agreement>();
  const form = useForm<ReviewValues>({
    initialValues: {
      decision: 'keep',
      reviewOn: addMonths(today, 3),
      text: agreement.text,
      outcome: agreement.outcome ?? '',
      parentsView: agreement.parentsView ?? '',
    },
    validate: schemaResolver(agreementReviewSchema(today), { sync: true }),
    onValuesChange: () => onDirtyChange?.(form.isDirty()),
  });
  const save = (values: ReviewValues) =>
    run(() => onSave(reviewedContent(basedOn.current, values, today), basedOn.current.version), onDone);
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const changedBy = (id: string) => staff.find((member) => member.id === id)?.name ?? t('history.unknown');
  const decision = form.values.decision;

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate aria-label={t('review.title')}>
      <Stack gap="md">
        {conflict ? (
          <ConflictNotice
            changedBy={changedBy(conflict.updatedBy)}
            changedAt={conflict.updatedAt}
            changes={agreementChanges(basedOn.current, conflict, family, t, i18n.language)}
            busy={busy}
            onReapply={() => {
              basedOn.current = conflict;
              clearConflict();
              form.onSubmit((values) => void save(values))();
            }}
          />
        ) : null}
        <Blockquote p="sm" color="gray" aria-label={t('review.current')}>
          <Text>{agreement.text}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {[
              agreement.agreedOn ? t('list.agreedOn', { date: date(agreement.agreedOn) }) : null,
              agreement.reviewOn ? t('list.reviewOn', { date: date(agreement.reviewOn) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Blockquote>
        <Radio.Group label={t('review.decision')} withAsterisk {...form.getInputProps('decision')}>
          <Stack gap={6} mt={6}>
            {REVIEW_DECISIONS.map((value) => (
              <Radio key={value} value={value} label={t(`review.decisions.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {decision === 'change' ? (
          <Textarea
            label={t('review.newText')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('text')}
            error={fieldError(form.errors.text)}
          />
        ) : null}
        <SimpleGrid cols={2}>
          {decision !== 'end' ? (
            <DateField
              label={t('review.nextReviewOn')}
              withAsterisk={decision === 'keep'}
              value={form.values.reviewOn}
              onChange={(value) => form.setFieldValue('reviewOn', value)}
              error={form.errors.reviewOn as string | undefined}
            />
          ) : null}
          <Select
            label={t('form.outcome')}
            placeholder={t('outcomes.unknown')}
            clearable
            data={OUTCOMES.map((value) => ({ value, label: t(`outcomes.${value}`) }))}
            value={form.values.outcome || null}
            onChange={(value) => form.setFieldValue('outcome', (value ?? '') as ReviewValues['outcome'])}
          />
        </SimpleGrid>
        <Textarea
          label={t('form.parentsView')}
          description={t('form.parentsViewHint')}
          autosize
          minRows={2}
          {...form.getInputProps('parentsView')}
        />
        <FormActions failed={failed} busy={busy} onCancel={onDone} saveLabel={t('review.save')} />
      </Stack>
    </form>
  );
}
