// The home's continuity: average different staff per family, the familiar share, a six-month trend,
// caseload per staff member and staff joined/left per quarter.
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain/types';
import { ContinuityTrendChart } from './ContinuityTrendChart';
import { useHomeContinuity } from './useContinuity';

export function HomeContinuity({ today }: { today: IsoDate }) {
  const { t } = useTranslation('roster');
  const state = useHomeContinuity(today);
  if (!state) return null;
  const { figures, trend, staffNames } = state;
  const loads = figures.caseload.filter((load) => load.families > 0).sort((a, b) => b.families - a.families);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-continuity-heading">
      <Title order={2} size="h3" id="home-continuity-heading" mb="sm">
        {t('continuity.homeTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
        <Stack gap={0}>
          <Text size="xl" fw={700} className="tabular">
            {figures.averageStaffLast30.toFixed(1)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('continuity.averageStaff30')}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xl" fw={700} className="tabular">
            {figures.familiarShare90 === undefined ? '–' : `${Math.round(figures.familiarShare90 * 100)}%`}
          </Text>
          <Text size="sm" c="dimmed">
            {t('continuity.familiarShare')}
          </Text>
        </Stack>
      </SimpleGrid>
      <ContinuityTrendChart points={trend} label={t('continuity.trendHome')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
        <Table aria-label={t('continuity.caseload')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('week.staff')}</Table.Th>
              <Table.Th ta="right">{t('roles.contactPerson')}</Table.Th>
              <Table.Th ta="right">{t('roles.mentor')}</Table.Th>
              <Table.Th ta="right">{t('roles.backup')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loads.map((load) => (
              <Table.Tr key={load.staffId}>
                <Table.Td>{staffNames.get(load.staffId)}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {load.contactPerson}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {load.mentor}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {load.backup}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table aria-label={t('continuity.staffChanges')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('continuity.quarter')}</Table.Th>
              <Table.Th ta="right">{t('continuity.joined')}</Table.Th>
              <Table.Th ta="right">{t('continuity.left')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.staffChanges.map((quarter) => (
              <Table.Tr key={quarter.quarter}>
                <Table.Td>{quarter.quarter}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {quarter.joined}
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  {quarter.left}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Paper>
  );
}
