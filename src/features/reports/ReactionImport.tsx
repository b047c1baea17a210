// "Reactie inlezen": choose the returned Word file, see per person and section what will be stored
// (refusals and warnings in plain Dutch), then store it verbatim with source "teruggestuurd document".
import { Alert, Blockquote, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTION_SECTIONS } from '../../domain/reports';
import type { Id } from '../../domain/types';
import type { ReadWarning } from '../../export/reportReaction';
import { DateField } from '../../ui/components/DateField';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { localToday } from '../../ui/useToday';
import { reportErrorMessage } from './reportErrors';
import { useReactionImport } from './useReports';

export function ReactionImport({
  reportId,
  names,
  opened,
  onClose,
}: {
  reportId: Id;
  names: Readonly<Record<Id, string>>;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const { state, pick, store, reset } = useReactionImport(reportId);
  const [receivedOn, setReceivedOn] = useState(localToday());
  const close = () => {
    reset();
    onClose();
  };
  const warning = (item: ReadWarning) =>
    item.kind === 'textChanged'
      ? t('import.warnings.textChanged')
      : item.kind === 'missingBox'
        ? t('import.warnings.missingBox', {
            section: t(`sections.${item.section}`),
            name: names[item.personId] ?? '',
          })
        : t('import.warnings.unrecognizedChoice', {
            section: t(`sections.${item.section}`),
            name: names[item.personId] ?? '',
            text: item.text,
          });
  return (
    <FormDrawer title={t('import.heading')} opened={opened} onClose={close} size="xl">
      <Stack>
        <Text>{t('import.intro')}</Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconFileUpload size={16} aria-hidden />}
            onClick={pick}
            data-autofocus
          >
            {t('import.choose')}
          </Button>
        </Group>
        {state.step === 'reading' ? <Text role="status">{t('import.reading')}</Text> : null}
        {state.step === 'refused' ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t(`import.refusals.${state.refusal}`)}
          </Alert>
        ) : null}
        {state.step === 'stored' ? (
          <Text role="status">{t('import.stored', { count: state.count })}</Text>
        ) : null}
        {state.step === 'preview' ? (
          <Stack>
            {state.result.warnings.map((item, index) => (
              <Alert key={index} color="yellow" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {warning(item)}
              </Alert>
            ))}
            <Text>{t('import.preview', { file: state.fileName })}</Text>
            {state.result.persons.map((person) => (
              <section
                key={person.personId}
                aria-label={t('reaction.heading', { name: names[person.personId] ?? '' })}
              >
                <Title order={3}>{t('reaction.heading', { name: names[person.personId] ?? '' })}</Title>
                {person.empty ? (
                  <Text c="dimmed">{t('import.empty', { name: names[person.personId] ?? '' })}</Text>
                ) : null}
                {REACTION_SECTIONS.flatMap((section) => {
                  const given = person.sections[section];
                  if (!given) return [];
                  return [
                    <Stack key={section} gap={2} mt="sm">
                      <Text fw={600}>{t(`sections.${section}`)}</Text>
                      {given.choice ? <Text>{t(`reaction.choices.${given.choice}`)}</Text> : null}
                      {given.text ? (
                        <Blockquote p="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {given.text}
                        </Blockquote>
                      ) : null}
                    </Stack>,
                  ];
                })}
              </section>
            ))}
            <DateField label={t('import.receivedOn')} value={receivedOn} onChange={setReceivedOn} />
            <Group justify="flex-end">
              <Button
                disabled={state.result.persons.every((person) => person.empty) || !receivedOn}
                onClick={async () => {
                  try {
                    await store(state.result.persons, receivedOn);
                    notifySaved(t('saved'));
                  } catch (error) {
                    notifyFailed(reportErrorMessage(t, error));
                  }
                }}
              >
                {t('import.store')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </FormDrawer>
  );
}
