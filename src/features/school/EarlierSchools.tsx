// Earlier schools of a child (history): each with the rules that applied there, read-only in the same
// words as the current school's, folded away until asked for.
import { Badge, Button, Card, Collapse, List, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rulesInForce } from '../../domain/school';
import type { SchoolRecord, SchoolRule } from '../../domain/schoolTypes';
import type { Agreement, FamilyMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { SchoolRulesTable } from './SchoolRulesTable';
import { useSay } from './schoolLabels';

interface Shared {
  rules: SchoolRule[];
  family: FamilyMember[];
  agreements: Agreement[];
}

export function EarlierSchools({ schools, ...shared }: { schools: SchoolRecord[] } & Shared) {
  const t = useSay();
  return (
    <Card withBorder component="section" aria-labelledby="history-heading">
      <Title order={3} id="history-heading" mb="sm">
        {t('history')}
      </Title>
      <List spacing="xs">
        {schools.map((record) => (
          <EarlierSchool key={record.id} school={record} {...shared} />
        ))}
      </List>
    </Card>
  );
}

function EarlierSchool({ school, rules, family, agreements }: { school: SchoolRecord } & Shared) {
  const t = useSay();
  const { i18n } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const own = rulesInForce(rules, school);
  const panelId = `earlier-school-rules-${school.id}`;
  const endedOn = school.endedOn ? formatDate(school.endedOn, i18n.language) : '';
  return (
    <List.Item>
      {t('historyItem', { name: school.name, date: endedOn })}{' '}
      <Badge variant="light" color="gray" tt="none">
        {t('historyRules', { count: own.length })}
      </Badge>{' '}
      {own.length > 0 ? (
        <>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={opened}
            aria-controls={panelId}
            rightSection={
              opened ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
            }
            onClick={toggle}
          >
            {opened ? t('historyHideRules') : t('historyShowRules')}
          </Button>
          <Collapse expanded={opened} id={panelId}>
            <SchoolRulesTable
              readOnly
              label={t('historyRulesOf', { name: school.name })}
              rules={own}
              family={family}
              agreements={agreements}
            />
          </Collapse>
        </>
      ) : null}
    </List.Item>
  );
}
