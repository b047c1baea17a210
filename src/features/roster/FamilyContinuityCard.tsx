// On the child's family tab: the family's fixed contact moments (with the calendar file) and how few
// faces the parents deal with — the figures and a six-month trend.
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactMoment } from '../../domain/contactMoments';
import type { Child } from '../../domain/types';
import { notifyFailed } from '../../ui/components/notify';
import { useToday } from '../../ui/useToday';
import { ContactMomentDrawer } from './ContactMomentDrawer';
import { ContinuityTrendChart } from './ContinuityTrendChart';
import { momentText } from './momentText';
import { useChildContinuity } from './useContinuity';
import { useContactMoments } from './useRoleAssignments';
import { useRosterExports } from './useRosterExports';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700} className="tabular">
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

export function FamilyContinuityCard({ child }: { child: Child }) {
  const { t, i18n } = useTranslation(['roster', 'common']);
  const today = useToday();
  const moments = useContactMoments(child.id);
  const continuity = useChildContinuity(child, today);
  const { saveCalendar } = useRosterExports();
  const [editing, setEditing] = useState<ContactMoment | 'new' | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const figures = continuity?.figures;
  const share = figures?.familiarShare90.share;

  const exportCalendar = async () => {
    try {
      const result = await saveCalendar([child.id], today, i18n.language === 'en' ? 'en' : 'nl');
      if (result.saved) setSaved(result.fileName);
    } catch {
      notifyFailed(t('moments.calendarFailed'));
    }
  };

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="continuity-heading">
      <Group justify="space-between" mb="xs">
        <Title order={3} id="continuity-heading">
          {t('moments.title')}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('moments.add')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconCalendarDown size={16} aria-hidden />}
            onClick={() => void exportCalendar()}
          >
            {t('moments.calendar')}
          </Button>
        </Group>
      </Group>
      {saved ? (
        <Text role="status" size="sm" c="green.8" mb="xs">
          {t('moments.calendarSaved', { fileName: saved })}
        </Text>
      ) : null}
      {(moments ?? []).length === 0 ? (
        <Text c="dimmed">{t('moments.none')}</Text>
      ) : (
        <Stack gap={4} mb="md">
          {(moments ?? []).map((moment) => (
            <Group key={moment.id} justify="space-between">
              <Text>{momentText(moment, i18n.t)}</Text>
              <Button variant="subtle" size="xs" onClick={() => setEditing(moment)}>
                {t('common:edit')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <Title order={4} mt="md" mb="xs">
        {t('continuity.childTitle')}
      </Title>
      {figures ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">
            <Figure label={t('continuity.staff30')} value={String(figures.staffLast30)} />
            <Figure label={t('continuity.staff90')} value={String(figures.staffLast90)} />
            <Figure
              label={t('continuity.familiarShare')}
              value={share === undefined ? t('continuity.noContacts') : `${Math.round(share * 100)}%`}
            />
            <Figure label={t('continuity.changes')} value={String(figures.contactPersonChanges)} />
          </SimpleGrid>
          {figures.daysSinceContactPersonStarted !== undefined ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t('continuity.daysSince', { count: figures.daysSinceContactPersonStarted })}
            </Text>
          ) : null}
          <ContinuityTrendChart points={continuity.trend} label={t('continuity.trendChild')} />
        </>
      ) : null}
      <ContactMomentDrawer child={child} moment={editing} onClose={() => setEditing(undefined)} />
    </Paper>
  );
}
