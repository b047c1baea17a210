// "Mail de school": pick a topic, see To, CC and subject as the rules make them, open the mail program,
// then log the mail as a contact with the parents in CC if wanted.
import { Alert, Button, Group, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { schoolMail } from '../../domain/schoolMail';
import {
  SCHOOL_RULE_TOPICS,
  type SchoolRecord,
  type SchoolRule,
  type SchoolRuleTopic,
} from '../../domain/schoolTypes';
import type { Child, FamilyMember } from '../../domain/types';
import { usePlatform } from '../../ui/AppContext';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useSay } from './schoolLabels';
import { useSchoolCommands } from './useSchool';

export function MailSchool({
  child,
  school,
  rules,
  family,
  onDone,
}: {
  child: Child;
  school: SchoolRecord;
  rules: SchoolRule[];
  family: FamilyMember[];
  onDone: () => void;
}) {
  const t = useSay();
  const { platform } = usePlatform();
  const commands = useSchoolCommands();
  const [topic, setTopic] = useState<SchoolRuleTopic>('sickReport');
  const [opened, setOpened] = useState(false);
  const mail = schoolMail({
    childName: child.name,
    school,
    rules,
    family,
    topic,
    topicLabel: t(`subjects.${topic}`),
  });
  const open = async () => {
    if (!mail.url) return;
    await platform.openExternal(mail.url);
    setOpened(true);
  };
  const log = async () => {
    try {
      const ids = mail.cc.flatMap((recipient) => recipient.familyMemberId ?? []);
      await commands.logMailContact(
        child.id,
        ids,
        t('mail.logSummary', { topic: t(`topics.${topic}`), subject: mail.subject }),
      );
      notifySaved(t('mail.logged'));
      onDone();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('mail.topic')}
        value={topic}
        onChange={(event) => {
          setTopic(event.currentTarget.value as SchoolRuleTopic);
          setOpened(false);
        }}
        data={SCHOOL_RULE_TOPICS.map((value) => ({ value, label: t(`topics.${value}`) }))}
      />
      <Table withTableBorder aria-label={t('mail.title')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>{t('mail.to')}</Table.Th>
            <Table.Td>{mail.to ? `${mail.to.name} <${mail.to.email}>` : '—'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('mail.cc')}</Table.Th>
            <Table.Td>
              {mail.cc.length > 0 ? mail.cc.map((r) => `${r.name} <${r.email}>`).join(', ') : t('mail.noCc')}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('mail.subject')}</Table.Th>
            <Table.Td>{mail.subject}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {!rules.some((rule) => rule.topic === topic) ? (
        <Text size="sm" c="dimmed">
          {t('mail.noRule')}
        </Text>
      ) : null}
      {mail.problems.length > 0 ? (
        <Alert color="yellow" variant="light" role="status">
          <List size="sm">
            {mail.problems.map((problem) => (
              <List.Item key={problem.familyMemberId}>
                {t(`mail.problems.${problem.reason}`, { name: problem.name })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {!mail.url ? (
        <Alert color="red" variant="light" role="alert">
          {t('mail.noAddress')}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        {opened ? (
          <>
            <Text size="sm" role="status">
              {t('mail.opened')} {t('mail.logQuestion')}
            </Text>
            <Button variant="default" onClick={onDone}>
              {t('common:close')}
            </Button>
            <Button onClick={() => void log()}>{t('mail.log')}</Button>
          </>
        ) : (
          <Button
            leftSection={<IconMail size={16} aria-hidden />}
            disabled={!mail.url}
            onClick={() => void open()}
          >
            {t('mail.open')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
