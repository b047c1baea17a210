// "Ziek melden": who must call the school before when, whom to tell, and recording the sick day; and the
// open sick reports with their status, "school gebeld", "ouders ingelicht" and "beter melden"; and the
// closed ones ("beter gemeld") as history.
import { Alert, Button, Checkbox, Group, List, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleFor, rulesInForce } from '../../domain/school';
import type { SchoolRecord, SchoolRule, SickReport } from '../../domain/schoolTypes';
import { sickReportPlan, sickReportTiming } from '../../domain/sickReports';
import type { Child, FamilyMember, IsoDate } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { DateField } from '../../ui/components/DateField';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { partyFromValue, responsibleChoices } from '../agreements/responsibleOptions';
import { partiesText, partyText, useSay } from './schoolLabels';
import { useSchoolCommands } from './useSchool';

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function ReportSick({
  child,
  school,
  rules,
  family,
  today,
  onDone,
}: {
  child: Child;
  school: SchoolRecord | undefined;
  rules: SchoolRule[];
  family: FamilyMember[];
  today: IsoDate;
  onDone: () => void;
}) {
  const t = useSay();
  const commands = useSchoolCommands();
  const rule = ruleFor(rules, 'sickReport');
  const plan = sickReportPlan(rule, family);
  const [sickOn, setSickOn] = useState(today);
  const [called, setCalled] = useState(false);
  const choices = responsibleChoices(family);
  const [caller, setCaller] = useState(choices.find((c) => c.fixed === 'groupStaff')?.value ?? '');
  const name = firstName(child.name);
  const deadline = plan.deadline ? t('sick.deadline', { time: plan.deadline }) : '';
  const save = async () => {
    try {
      await commands.reportSick({
        childId: child.id,
        ...(school && { schoolId: school.id }),
        sickOn: sickOn || today,
        ...(called && { reportedToSchoolAt: new Date().toISOString(), reportedBy: partyFromValue(caller) }),
      });
      notifySaved();
      onDone();
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };
  return (
    <Stack gap="md">
      {rule ? (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text fw={600}>
              {plan.parentsCall
                ? t('sick.parentsCall', { name, deadline })
                : t('sick.whoCalls', { who: partiesText(t, plan.callers, family), deadline })}
            </Text>
            {plan.how ? <Text>{t('sick.how', { how: plan.how })}</Text> : null}
            {plan.backup ? <Text>{t('sick.backup', { who: partyText(t, plan.backup, family) })}</Text> : null}
            <Text fw={600} mt="xs">
              {t('sick.tellTitle')}
            </Text>
            {plan.tell.length > 0 ? (
              <List size="sm">
                {plan.tell.map((person) => (
                  <List.Item key={person.familyMemberId}>
                    {person.phone
                      ? t('sick.tellPhone', { name: person.name, phone: person.phone })
                      : person.name}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t('sick.nobodyToTell')}
              </Text>
            )}
          </Stack>
        </Paper>
      ) : (
        <Alert color="yellow" variant="light">
          {t('sick.noRule')}
        </Alert>
      )}
      <DateField label={t('sick.sickOn')} value={sickOn} onChange={setSickOn} />
      <Checkbox
        label={t('sick.alreadyReported')}
        checked={called}
        onChange={(event) => setCalled(event.currentTarget.checked)}
      />
      {called ? (
        <NativeSelect
          label={t('sick.reportedBy')}
          value={caller}
          onChange={(event) => setCaller(event.currentTarget.value)}
          data={choices.map((choice) => ({
            value: choice.value,
            label: choice.member ? choice.member.name : t(`agreements:responsible.${choice.fixed}`),
          }))}
        />
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common:cancel')}
        </Button>
        <Button onClick={() => void save()}>{t('sick.record')}</Button>
      </Group>
    </Stack>
  );
}

const TIMING_TONE = {
  inTime: 'onTrack',
  reported: 'onTrack',
  pending: 'due',
  notReported: 'due',
  late: 'overdue',
  overdue: 'overdue',
} as const;

/** The sick reports still open (not yet reported better), each with its status and what is left to do. */
export function OpenSickReports({
  reports,
  rules,
  now,
  language,
}: {
  reports: SickReport[];
  rules: SchoolRule[];
  now: string;
  language: string;
}) {
  const t = useSay();
  const commands = useSchoolCommands();
  const [betterOn, setBetterOn] = useState<Record<string, string>>({});
  const rule = ruleFor(rules, 'sickReport');
  const run = (action: () => Promise<unknown>, message?: string) =>
    action().then(
      () => notifySaved(message),
      () => notifyFailed(t('common:saveFailed')),
    );
  return (
    <Stack gap="sm">
      {reports.map((report) => {
        const timing = sickReportTiming(report, rule, now);
        const time = timing.deadline?.slice(11);
        return (
          <Paper
            key={report.id}
            withBorder
            p="sm"
            aria-label={t('sick.since', { date: formatDate(report.sickOn, language) })}
          >
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Text fw={600}>{t('sick.since', { date: formatDate(report.sickOn, language) })}</Text>
                <Group gap="xs">
                  <StatusBadge
                    tone={TIMING_TONE[timing.school]}
                    label={t(`sick.timing.${timing.school}`, { time })}
                  />
                  <StatusBadge
                    tone={timing.parents === 'informed' ? 'onTrack' : 'overdue'}
                    label={t(`sick.parents.${timing.parents}`)}
                  />
                </Group>
              </Stack>
              <Group gap="xs" align="flex-end">
                {!report.reportedToSchoolAt ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() =>
                      void run(() => commands.markReportedToSchool(report, { kind: 'groupStaff' }))
                    }
                  >
                    {t('sick.markReported')}
                  </Button>
                ) : null}
                {timing.parents === 'notInformed' ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void run(() => commands.markParentsInformed(report))}
                  >
                    {t('sick.markInformed')}
                  </Button>
                ) : null}
                <DateField
                  size="xs"
                  label={t('sick.betterOn')}
                  value={betterOn[report.id] ?? ''}
                  onChange={(value) => setBetterOn({ ...betterOn, [report.id]: value })}
                  w={170}
                />
                <Button
                  size="xs"
                  disabled={!betterOn[report.id] || betterOn[report.id]! < report.sickOn}
                  onClick={() =>
                    void run(() => commands.reportBetter(report, betterOn[report.id]!), t('sick.betterSaved'))
                  }
                >
                  {t('sick.reportBetter')}
                </Button>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Sick reports closed with "beter gemeld", newest first: when, back when, and how the school was told. */
export function SickReportHistory({
  reports,
  schools,
  rules,
}: {
  reports: SickReport[];
  schools: SchoolRecord[];
  rules: SchoolRule[];
}) {
  const t = useSay();
  const { i18n } = useTranslation();
  const date = (iso: string | undefined) => formatDate(iso, i18n.language);
  const newestFirst = [...reports].sort((a, b) => (a.sickOn < b.sickOn ? 1 : a.sickOn > b.sickOn ? -1 : 0));
  return (
    <Table aria-label={t('sick.history')} verticalSpacing={4} className="tabular">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sick.sickOn')}</Table.Th>
          <Table.Th>{t('sick.betterOn')}</Table.Th>
          <Table.Th>{t('sick.school')}</Table.Th>
          <Table.Th>{t('sick.betterReportedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {newestFirst.map((report) => {
          // Timed against the rule of the school the child went to then (an earlier school's rule stays).
          const school = schools.find((candidate) => candidate.id === report.schoolId);
          const rule = ruleFor(rulesInForce(rules, school), 'sickReport');
          const timing = sickReportTiming(report, rule, report.betterReportedAt ?? report.sickOn);
          return (
            <Table.Tr key={report.id}>
              <Table.Td>{date(report.sickOn)}</Table.Td>
              <Table.Td>{date(report.betterOn)}</Table.Td>
              <Table.Td>
                {report.reportedToSchoolAt ? (
                  <StatusBadge
                    tone={TIMING_TONE[timing.school]}
                    label={t(`sick.timing.${timing.school}`, { time: timing.deadline?.slice(11) })}
                  />
                ) : (
                  <StatusBadge tone="ended" label={t('sick.neverReported')} />
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(report.betterReportedAt, i18n.language)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
