// One goal in full, in a drawer: the words of parents and child, and its progress notes (newest first)
// with a field to add one.
import { Blockquote, Button, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, StaffMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { fieldError } from '../../ui/components/FieldError';
import { notifySaved } from '../../ui/components/notify';
import { useToday } from '../../ui/useToday';
import { useGoalCommands } from './useGoals';

export function GoalProgress({ goal, staff }: { goal: Goal; staff: StaffMember[] }) {
  const { t, i18n } = useTranslation(['goals', 'common']);
  const today = useToday();
  const { addNote } = useGoalCommands();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const date = (iso?: string) => formatDate(iso, i18n.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError('required');
      return;
    }
    setError(undefined);
    await addNote(goal, { on: today, text: note.trim() });
    setNote('');
    notifySaved();
  };

  return (
    <Stack gap="md">
      {goal.parentsWords ? (
        <Blockquote p="sm" color="teal" cite={`— ${t('form.parentsWords')}`}>
          {goal.parentsWords}
        </Blockquote>
      ) : null}
      {goal.childWords ? (
        <Blockquote p="sm" color="blue" cite={`— ${t('form.childWords')}`}>
          {goal.childWords}
        </Blockquote>
      ) : null}
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('progress.formFor', { title: goal.title })}
      >
        <Stack gap="xs">
          <Textarea
            label={t('progress.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError(error)}
            data-autofocus
          />
          <Button type="submit" w="fit-content">
            {t('progress.add')}
          </Button>
        </Stack>
      </form>
      <Title order={3} size="h6">
        {t('progress.title')}
      </Title>
      {goal.progressNotes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('progress.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} component="ol" aria-label={t('progress.title')}>
          {[...goal.progressNotes].reverse().map((item, index) => (
            <Timeline.Item
              key={`${item.on}-${index}`}
              component="li"
              title={
                <Text size="sm" fw={600}>
                  {date(item.on)}
                </Text>
              }
              styles={{ item: { listStyle: 'none' } }}
            >
              <Text size="sm">{item.text}</Text>
              <Text size="xs" c="dimmed">
                {staff.find((member) => member.id === item.by)?.name ?? t('common:removedPerson')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
