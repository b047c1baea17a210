// The Rooster page: the week grid (everyone, or only my own week), planning a shift, copying last
// week, recording an absence; today's planned parent contacts; the home's continuity and alerts.
import { Button, Group, SegmentedControl, Stack, Tabs } from '@mantine/core';
import {
  IconCalendarPlus,
  IconChevronLeft,
  IconChevronRight,
  IconCopy,
  IconListDetails,
  IconRepeat,
  IconUserOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../domain/dates';
import { startOfWeek, type Shift } from '../../domain/roster';
import { formatDate } from '../../i18n/format';
import { useSessionState } from '../../ui/AppContext';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { PageHeader } from '../../ui/components/PageHeader';
import { useToday } from '../../ui/useToday';
import { useChildrenList } from '../children';
import { AbsenceDrawer } from './AbsenceDrawer';
import { ContinuityAlertsCard } from './ContinuityAlertsCard';
import { HomeContinuity } from './HomeContinuity';
import { LeavingStaffCard } from './LeavingStaffCard';
import { PatternDrawer } from './PatternDrawer';
import { ShiftDrawer } from './ShiftDrawer';
import { ShiftTypesDrawer } from './ShiftTypesDrawer';
import { TodayContacts } from './TodayContacts';
import { useRosterCommands, useRosterWeek } from './useRoster';
import { WeekGrid } from './WeekGrid';

export function RosterPage() {
  const { t, i18n } = useTranslation(['roster', 'common']);
  const today = useToday();
  const { repos } = useSessionState();
  const [monday, setMonday] = useState(() => startOfWeek(today));
  const [whose, setWhose] = useState<'all' | 'mine'>('all');
  const [drawer, setDrawer] = useState<'shift' | 'absence' | 'shiftTypes' | 'pattern' | undefined>();
  const [editing, setEditing] = useState<Shift | undefined>();
  const week = useRosterWeek(monday);
  const children = useChildrenList();
  const { copyWeek } = useRosterCommands();
  const me = repos.session.staffId;
  const sunday = addDays(monday, 6);
  const working = (week?.staff ?? []).filter(
    (member) => member.activeFrom <= sunday && (!member.activeTo || member.activeTo >= monday),
  );
  const shown = whose === 'mine' ? working.filter((member) => member.id === me) : working;
  const staffNames = new Map((week?.staff ?? []).map((member) => [member.id, member.name]));

  const copyLastWeek = async () => {
    try {
      const copied = await copyWeek(addDays(monday, -7), monday);
      notifySaved(t('week.copied', { count: copied.length }));
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  return (
    <section aria-labelledby="roster-heading">
      <PageHeader
        id="roster-heading"
        title={t('title')}
        actions={
          <Button
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => {
              setEditing(undefined);
              setDrawer('shift');
            }}
          >
            {t('week.planShift')}
          </Button>
        }
      />
      <Tabs defaultValue="week" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="week">{t('tabs.week')}</Tabs.Tab>
          <Tabs.Tab value="today">{t('tabs.today')}</Tabs.Tab>
          <Tabs.Tab value="continuity">{t('tabs.continuity')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="week">
          <Stack>
            <Group justify="space-between">
              <Group gap="xs">
                <Button
                  variant="default"
                  onClick={() => setMonday(addDays(monday, -7))}
                  aria-label={t('week.previous')}
                >
                  <IconChevronLeft size={16} aria-hidden />
                </Button>
                <strong className="tabular" aria-live="polite">
                  {t('week.range', {
                    from: formatDate(monday, i18n.language),
                    to: formatDate(sunday, i18n.language),
                  })}
                </strong>
                <Button
                  variant="default"
                  onClick={() => setMonday(addDays(monday, 7))}
                  aria-label={t('week.next')}
                >
                  <IconChevronRight size={16} aria-hidden />
                </Button>
                <Button variant="subtle" onClick={() => setMonday(startOfWeek(today))}>
                  {t('week.thisWeek')}
                </Button>
              </Group>
              <Group gap="xs">
                <SegmentedControl
                  value={whose}
                  onChange={(value) => setWhose(value as 'all' | 'mine')}
                  data={[
                    { value: 'all', label: t('week.everyone') },
                    { value: 'mine', label: t('week.mine') },
                  ]}
                  aria-label={t('week.whose')}
                />
                <Button
                  variant="default"
                  leftSection={<IconCopy size={16} aria-hidden />}
                  onClick={() => void copyLastWeek()}
                >
                  {t('week.copyLastWeek')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconUserOff size={16} aria-hidden />}
                  onClick={() => setDrawer('absence')}
                >
                  {t('week.addAbsence')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconRepeat size={16} aria-hidden />}
                  onClick={() => setDrawer('pattern')}
                >
                  {t('pattern.open')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconListDetails size={16} aria-hidden />}
                  onClick={() => setDrawer('shiftTypes')}
                >
                  {t('shiftTypes.open')}
                </Button>
              </Group>
            </Group>
            {week ? (
              <WeekGrid
                monday={monday}
                staff={shown}
                shifts={week.shifts}
                absences={week.absences}
                shiftTypes={week.shiftTypes}
                today={today}
                onEditShift={(shift) => {
                  setEditing(shift);
                  setDrawer('shift');
                }}
              />
            ) : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="today">
          <TodayContacts date={today} children={children ?? []} staffNames={staffNames} />
        </Tabs.Panel>
        <Tabs.Panel value="continuity">
          <Stack>
            <ContinuityAlertsCard />
            <LeavingStaffCard />
            <HomeContinuity today={today} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ShiftDrawer
        opened={drawer === 'shift'}
        date={monday <= today && today <= sunday ? today : monday}
        shift={editing}
        staff={working}
        shiftTypes={week?.shiftTypes ?? []}
        onClose={() => setDrawer(undefined)}
      />
      <PatternDrawer
        opened={drawer === 'pattern'}
        monday={monday}
        staff={working}
        shiftTypes={week?.shiftTypes ?? []}
        patterns={week?.patterns ?? []}
        onClose={() => setDrawer(undefined)}
      />
      <ShiftTypesDrawer
        opened={drawer === 'shiftTypes'}
        shiftTypes={week?.shiftTypes ?? []}
        onClose={() => setDrawer(undefined)}
      />
      <AbsenceDrawer
        opened={drawer === 'absence'}
        date={today}
        staff={working}
        onClose={() => setDrawer(undefined)}
      />
    </section>
  );
}
