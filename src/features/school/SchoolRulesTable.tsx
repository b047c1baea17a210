// The rules in force as one compact table: topic (with the agreement it came from), who, backup, how and
// when, CC; edit at the right. Read-only (an earlier school's rules): the same words, nothing to change.
import { ActionIcon, Alert, Anchor, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconPlus } from '@tabler/icons-react';
import { missingSchoolRuleTopics, removedPeople } from '../../domain/school';
import type { SchoolRule } from '../../domain/schoolTypes';
import { Link } from 'react-router';
import type { Agreement, FamilyMember } from '../../domain/types';
import { agreementText, howWhenText, namesOf, partiesText, partyText, useSay } from './schoolLabels';

type Editing =
  | { readOnly?: false; onEdit: (rule: SchoolRule) => void; onAdd: () => void; onAddStarters: () => void }
  | { readOnly: true; label: string };

export function SchoolRulesTable({
  rules,
  family,
  agreements,
  ...editing
}: {
  rules: SchoolRule[];
  family: FamilyMember[];
  agreements: Agreement[];
} & Editing) {
  const t = useSay();
  const missing = editing.readOnly ? [] : missingSchoolRuleTopics(rules);
  return (
    <Stack gap="sm">
      {rules.length === 0 ? (
        <Text c="dimmed">{t('rules.none')}</Text>
      ) : (
        <Table
          withTableBorder
          striped
          aria-label={editing.readOnly ? editing.label : t('rules.title')}
          verticalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rules.fields.topic')}</Table.Th>
              <Table.Th>{t('rules.who')}</Table.Th>
              <Table.Th>{t('rules.backup')}</Table.Th>
              <Table.Th>{t('rules.howWhen')}</Table.Th>
              <Table.Th>{t('rules.cc')}</Table.Th>
              {editing.readOnly ? null : (
                <Table.Th>
                  <span className="visually-hidden">{t('common:actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((rule) => {
              const topic = t(`topics.${rule.topic}`);
              const removed = removedPeople(rule, family).length > 0;
              const agreement = agreements.find((candidate) => candidate.id === rule.agreementId);
              return (
                <Table.Tr key={rule.id} aria-label={topic}>
                  <Table.Td fw={600}>
                    <Group gap={4} wrap="nowrap">
                      {removed ? (
                        <Tooltip label={t('rules.removedPerson')}>
                          <IconAlertTriangle
                            size={16}
                            color="var(--mantine-color-red-7)"
                            aria-label={t('rules.removedPerson')}
                          />
                        </Tooltip>
                      ) : null}
                      {topic}
                    </Group>
                    {agreement ? (
                      <Anchor
                        component={Link}
                        to={`/children/${agreement.childId}/agreements`}
                        size="xs"
                        fw={400}
                        display="block"
                      >
                        {t('rules.fromAgreement', { agreement: agreementText(t, agreement) })}
                      </Anchor>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {partiesText(t, rule.responsible, family) || t('notRecorded')}
                    {rule.byVideo.length > 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('rules.byVideo', { names: partiesText(t, rule.byVideo, family) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{rule.backup ? partyText(t, rule.backup, family) : ''}</Table.Td>
                  <Table.Td>{howWhenText(t, rule)}</Table.Td>
                  <Table.Td>{namesOf(rule.cc, family)}</Table.Td>
                  {editing.readOnly ? null : (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('rules.edit', { topic })}
                        onClick={() => editing.onEdit(rule)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {!editing.readOnly && missing.length > 0 ? (
        <Alert
          color="blue"
          variant="light"
          title={t('rules.missing', { topics: missing.map((topic) => t(`topics.${topic}`)).join(', ') })}
        >
          <Text size="sm" mb="xs">
            {t('rules.starterHint')}
          </Text>
          <Group gap="sm">
            <Button size="xs" onClick={editing.onAddStarters}>
              {t('rules.addStarter')}
            </Button>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={editing.onAdd}
            >
              {t('rules.add')}
            </Button>
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}
