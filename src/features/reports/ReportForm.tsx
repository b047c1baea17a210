// Writing or editing a report's text in a drawer: kind, period and the sections kept apart, with each
// parent's words in a field of their own. The goals of the period are pulled in from Goals on saving.
import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { authorityHolders } from '../../domain/family';
import {
  goalsOfPeriod,
  REPORT_KINDS,
  type Report,
  type ReportContent,
  type ReportKind,
} from '../../domain/reports';
import type { FamilyMember, Goal } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { reportErrorMessage } from './reportErrors';

interface Props {
  family: readonly FamilyMember[];
  goals: readonly Goal[];
  report?: Report;
  authorId: string;
  opened: boolean;
  onClose: () => void;
  onSave: (content: ReportContent) => Promise<unknown>;
}

type Fields = Omit<ReportContent, 'goals' | 'authorId' | 'parentsViews'> & {
  parents: Record<string, string>;
};

function initial(report: Report | undefined, parents: readonly FamilyMember[]): Fields {
  return {
    kind: report?.kind ?? 'progress',
    customKind: report?.customKind ?? '',
    periodFrom: report?.periodFrom ?? '',
    periodTo: report?.periodTo ?? '',
    facts: report?.facts ?? '',
    youthView: report?.youthView ?? '',
    interpretation: report?.interpretation ?? '',
    nextSteps: report?.nextSteps ?? '',
    parents: Object.fromEntries(
      parents.map((parent) => [
        parent.id,
        report?.parentsViews.find((view) => view.familyMemberId === parent.id)?.text ?? '',
      ]),
    ),
  };
}

export function ReportForm({ family, goals, report, authorId, opened, onClose, onSave }: Props) {
  const { t } = useTranslation('reports');
  const parents = authorityHolders(family);
  const [fields, setFields] = useState<Fields>(() => initial(report, parents));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!fields.periodFrom) found.periodFrom = t('form.errors.date');
    if (!fields.periodTo) found.periodTo = t('form.errors.date');
    else if (fields.periodFrom && fields.periodTo < fields.periodFrom)
      found.periodTo = t('form.errors.periodTo');
    if (fields.kind === 'custom' && !fields.customKind?.trim())
      found.customKind = t('form.errors.customKind');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { parents: words, customKind, ...rest } = fields;
    setSaving(true);
    try {
      await onSave({
        ...rest,
        ...(fields.kind === 'custom' ? { customKind } : {}),
        parentsViews: Object.entries(words)
          .filter(([, text]) => text !== '')
          .map(([familyMemberId, text]) => ({ familyMemberId, text })),
        goals: goalsOfPeriod(goals, fields.periodFrom, fields.periodTo),
        authorId: report?.authorId ?? authorId,
      });
      notifySaved(t('saved'));
      onClose();
    } catch (error) {
      notifyFailed(reportErrorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title={report ? t('form.editHeading') : t('form.heading')}
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select
            label={t('form.kind')}
            data={REPORT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            value={fields.kind}
            onChange={(value) => set('kind', (value ?? 'progress') as ReportKind)}
            allowDeselect={false}
            data-autofocus
          />
          {fields.kind === 'custom' ? (
            <TextInput
              label={t('form.customKind')}
              value={fields.customKind ?? ''}
              onChange={(event) => set('customKind', event.currentTarget.value)}
              error={errors.customKind}
            />
          ) : null}
          <Group grow align="flex-start">
            <DateField
              label={t('form.periodFrom')}
              value={fields.periodFrom}
              onChange={(value) => set('periodFrom', value)}
              error={errors.periodFrom}
            />
            <DateField
              label={t('form.periodTo')}
              value={fields.periodTo}
              onChange={(value) => set('periodTo', value)}
              error={errors.periodTo}
            />
          </Group>
          <Textarea
            label={t('form.facts')}
            autosize
            minRows={3}
            value={fields.facts}
            onChange={(e) => set('facts', e.currentTarget.value)}
          />
          <Textarea
            label={t('form.youthView')}
            autosize
            minRows={2}
            value={fields.youthView}
            onChange={(e) => set('youthView', e.currentTarget.value)}
          />
          {parents.map((parent) => (
            <Textarea
              key={parent.id}
              label={t('form.parentView', { name: parent.name })}
              autosize
              minRows={2}
              value={fields.parents[parent.id] ?? ''}
              onChange={(e) => {
                const text = e.currentTarget.value;
                set('parents', { ...fields.parents, [parent.id]: text });
              }}
            />
          ))}
          <Textarea
            label={t('form.interpretation')}
            autosize
            minRows={3}
            value={fields.interpretation}
            onChange={(e) => set('interpretation', e.currentTarget.value)}
          />
          <Textarea
            label={t('form.nextSteps')}
            autosize
            minRows={2}
            value={fields.nextSteps}
            onChange={(e) => set('nextSteps', e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            {t('form.goalsPulled')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormDrawer>
  );
}
