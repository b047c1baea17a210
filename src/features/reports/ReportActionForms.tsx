// The drawers of a shared report: share it with one more person, and record a reaction verbatim.
import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REACTION_CHOICES,
  REACTION_SECTIONS,
  REACTION_SOURCES,
  SECTIONS_WITHOUT_CHOICE,
  SHARE_CHANNELS,
  type ReactionChoice,
  type ReactionSection,
  type ReactionSource,
  type ReportRecipient,
  type SectionReaction,
  type ShareChannel,
} from '../../domain/reports';
import type { Id } from '../../domain/types';
import { DateField } from '../../ui/components/DateField';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { localToday } from '../../ui/useToday';
import type { ReactionInput } from '../../data/repositories';
import { reportErrorMessage } from './reportErrors';

interface DrawerProps {
  opened: boolean;
  onClose: () => void;
}

export function ShareForm({
  opened,
  onClose,
  people,
  onShare,
}: DrawerProps & {
  people: readonly ReportRecipient[];
  onShare: (input: { personId: Id; sharedOn: string; channel: ShareChannel }) => Promise<unknown>;
}) {
  const { t } = useTranslation('reports');
  const [personId, setPersonId] = useState<string | null>(people[0]?.personId ?? null);
  const [sharedOn, setSharedOn] = useState(localToday());
  const [channel, setChannel] = useState<ShareChannel>('email');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!personId || !sharedOn) return;
    try {
      await onShare({ personId, sharedOn, channel });
      notifySaved(t('saved'));
      onClose();
    } catch (error) {
      notifyFailed(reportErrorMessage(t, error));
    }
  };
  const label = (person: ReportRecipient) =>
    person.personKind === 'youth' ? t('share.youth', { name: person.name }) : person.name;
  return (
    <FormDrawer title={t('share.heading')} opened={opened} onClose={onClose} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('share.person')}
            data={people.map((person) => ({ value: person.personId, label: label(person) }))}
            value={personId}
            onChange={setPersonId}
            allowDeselect={false}
            data-autofocus
          />
          <DateField label={t('share.sharedOn')} value={sharedOn} onChange={setSharedOn} />
          <Select
            label={t('share.channel')}
            data={SHARE_CHANNELS.map((value) => ({ value, label: t(`share.channels.${value}`) }))}
            value={channel}
            onChange={(value) => setChannel((value ?? 'email') as ShareChannel)}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button type="submit">{t('share.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </FormDrawer>
  );
}

/** A reaction as the person gave it: per section a choice and their words, never tidied up by staff. */
export function ReactionForm({
  opened,
  onClose,
  people,
  onSave,
}: DrawerProps & {
  people: readonly { personId: Id; name: string }[];
  onSave: (input: ReactionInput) => Promise<unknown>;
}) {
  const { t } = useTranslation('reports');
  const [personId, setPersonId] = useState<string | null>(people[0]?.personId ?? null);
  const [receivedOn, setReceivedOn] = useState(localToday());
  const [source, setSource] = useState<ReactionSource>('phone');
  const [sections, setSections] = useState<Partial<Record<ReactionSection, SectionReaction>>>({});
  const [staffNote, setStaffNote] = useState('');
  const [dirty, setDirty] = useState(false);
  const change = (section: ReactionSection, patch: Partial<SectionReaction>) => {
    setSections((current) => ({ ...current, [section]: { text: '', ...current[section], ...patch } }));
    setDirty(true);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!personId) return;
    try {
      await onSave({ personId, sections, receivedOn, source, staffNote });
      notifySaved(t('saved'));
      onClose();
    } catch (error) {
      notifyFailed(reportErrorMessage(t, error));
    }
  };
  return (
    <FormDrawer title={t('actions.reaction')} opened={opened} onClose={onClose} dirty={dirty} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('reaction.person')}
            data={people.map((person) => ({ value: person.personId, label: person.name }))}
            value={personId}
            onChange={setPersonId}
            allowDeselect={false}
            data-autofocus
          />
          <Group grow align="flex-start">
            <DateField label={t('reaction.receivedOn')} value={receivedOn} onChange={setReceivedOn} />
            <Select
              label={t('reaction.source')}
              data={REACTION_SOURCES.map((value) => ({ value, label: t(`reaction.sources.${value}`) }))}
              value={source}
              onChange={(value) => setSource((value ?? 'phone') as ReactionSource)}
              allowDeselect={false}
            />
          </Group>
          {REACTION_SECTIONS.map((section) => (
            <Stack key={section} gap={4}>
              <Text fw={600}>{t(`sections.${section}`)}</Text>
              {SECTIONS_WITHOUT_CHOICE.includes(section) ? null : (
                <Select
                  label={`${t('reaction.choice')}: ${t(`sections.${section}`)}`}
                  placeholder={t('reaction.noChoice')}
                  data={REACTION_CHOICES.map((value) => ({ value, label: t(`reaction.choices.${value}`) }))}
                  value={sections[section]?.choice ?? null}
                  onChange={(value) =>
                    change(section, { choice: (value ?? undefined) as ReactionChoice | undefined })
                  }
                  clearable
                />
              )}
              <Textarea
                label={`${t('reaction.words')}: ${t(`sections.${section}`)}`}
                autosize
                minRows={2}
                value={sections[section]?.text ?? ''}
                onChange={(e) => change(section, { text: e.currentTarget.value })}
              />
            </Stack>
          ))}
          <Textarea
            label={t('reaction.staffNote')}
            autosize
            minRows={2}
            value={staffNote}
            onChange={(e) => {
              setStaffNote(e.currentTarget.value);
              setDirty(true);
            }}
          />
          <Group justify="flex-end">
            <Button type="submit">{t('reaction.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </FormDrawer>
  );
}
