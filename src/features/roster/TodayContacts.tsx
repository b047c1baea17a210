// The day view: today's planned parent contacts and who on shift does them — the contact person,
// else the backup; a moment without a familiar person on shift is flagged.
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedContactCover } from '../../domain/contactMoments';
import type { Child, IsoDate } from '../../domain/types';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { momentText } from './momentText';
import { usePlannedContacts } from './useContinuity';

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

export function TodayContacts({
  date,
  children,
  staffNames,
}: {
  date: IsoDate;
  children: readonly Child[];
  staffNames: Map<string, string>;
}) {
  const { t, i18n } = useTranslation('roster');
  const planned = usePlannedContacts(date, date);
  const who = (cover: PlannedContactCover) => {
    if (cover.kind === 'notPlanned') return <Text c="dimmed">{t('today.notPlanned')}</Text>;
    const name = cover.staffId ? staffNames.get(cover.staffId) : undefined;
    if (cover.kind === 'contactPerson' || cover.kind === 'backup')
      return (
        <>
          {name} <StatusBadge tone="onTrack" label={t(`roles.${cover.kind}`)} />
        </>
      );
    return (
      <>
        {name ?? ''}{' '}
        <StatusBadge
          tone="overdue"
          label={cover.kind === 'nobody' ? t('today.nobody') : t('today.noFamiliar')}
        />
      </>
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="today-heading">
      <Title order={2} size="h3" id="today-heading" mb="sm">
        {t('today.title')}
      </Title>
      {planned && planned.covers.length === 0 ? (
        <Text c="dimmed">{t('today.none')}</Text>
      ) : (
        <Table aria-labelledby="today-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('today.time')}</Table.Th>
              <Table.Th>{t('today.family')}</Table.Th>
              <Table.Th>{t('today.what')}</Table.Th>
              <Table.Th>{t('today.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(planned?.covers ?? []).map((cover) => {
              const child = children.find((candidate) => candidate.id === cover.childId);
              return (
                <Table.Tr key={`${cover.moment.id}-${cover.date}`}>
                  <Table.Td className="tabular">{cover.time}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/children/${cover.childId}/family`}>
                      {child ? firstName(child.name) : ''}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{momentText(cover.moment, i18n.t)}</Table.Td>
                  <Table.Td>{who(cover)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
