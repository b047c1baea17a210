// The "School" tab of a child: the school with its history, the rules per topic, sick days, and the two
// things people do here every week: "Ziek melden" and "Mail de school".
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPencil, IconSchool, IconThermometer } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentSchool, isSchoolCardReviewed, rulesInForce, schoolHistory } from '../../domain/school';
import { isSickOn } from '../../domain/sickReports';
import type { SchoolRecord, SchoolRule, SchoolRuleContent } from '../../domain/schoolTypes';
import { formatDate } from '../../i18n/format';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { EarlierSchools } from './EarlierSchools';
import { MailSchool } from './MailSchool';
import { ReportSick, OpenSickReports, SickReportHistory } from './SickReport';
import { SchoolForm, type SchoolFormMode } from './SchoolForm';
import { SchoolRuleForm } from './SchoolRuleForm';
import { SchoolRulesTable } from './SchoolRulesTable';
import { useSay } from './schoolLabels';
import { useNow, useSchoolCommands, useSchoolData } from './useSchool';

/** The versioned part of a rule, to start the next school's rules from. */
const ruleContent = (rule: SchoolRule): SchoolRuleContent => {
  const { topic, responsible, backup, how, deadline, byWhen, cc, byVideo, agreementId, notes } = rule;
  return { topic, responsible, backup, how, deadline, byWhen, cc, byVideo, agreementId, notes };
};

type Drawer =
  | { kind: 'school'; mode: SchoolFormMode }
  | { kind: 'rule'; rule?: SchoolRule }
  | { kind: 'mail' }
  | { kind: 'sick' }
  | null;

function SchoolFacts({ school }: { school: SchoolRecord }) {
  const t = useSay();
  const row = (label: string, value: string | undefined) => (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text c="dimmed" w={190} size="sm">
        {label}
      </Text>
      <Text size="sm">{value?.trim() ? value : t('notRecorded')}</Text>
    </Group>
  );
  return (
    <Stack gap={4}>
      {row(t('fields.classYear'), school.classYear)}
      {row(t('fields.mainPhone'), school.mainPhone)}
      {row(t('fields.attendanceEmail'), school.attendanceEmail)}
      {school.contacts.map((contact) => (
        <Group key={contact.id} gap="xs" wrap="nowrap">
          <Text c="dimmed" w={190} size="sm">
            {t(`roles.${contact.role}`)}
          </Text>
          <Text size="sm">{[contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')}</Text>
        </Group>
      ))}
      {row(t('fields.schoolDays'), school.schoolDays.map((day) => t(`weekdays.${day}`)).join(', '))}
      {row(t('fields.transport'), school.transport)}
      {school.contactNote ? row(t('fields.contactNote'), school.contactNote) : null}
      {school.notes ? row(t('fields.notes'), school.notes) : null}
    </Stack>
  );
}

export function SchoolPage() {
  const t = useSay();
  const { i18n } = useTranslation();
  const child = useChildFromRoute();
  const data = useSchoolData(child.id);
  const commands = useSchoolCommands();
  const today = useToday();
  const now = useNow();
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [dirty, setDirty] = useState(false);
  if (!data) return <Text role="status">{t('loading')}</Text>;
  const { schools, rules, sickReports, family, agreements } = data;
  const school = currentSchool(schools, today);
  const inForce = rulesInForce(rules, school);
  const earlier = schoolHistory(schools).filter((record) => record.id !== school?.id);
  const open = sickReports.filter((report) => isSickOn(report, today) || report.betterOn === undefined);
  const closed = sickReports.filter((report) => !open.includes(report));
  const close = () => {
    setDrawer(null);
    setDirty(false);
  };
  const date = (iso: string | undefined) => formatDate(iso, i18n.language);
  const run = (action: () => Promise<unknown>) =>
    action().then(
      () => notifySaved(),
      () => notifyFailed(t('common:saveFailed')),
    );

  const drawerTitle =
    drawer?.kind === 'school'
      ? t(
          drawer.mode.kind === 'new'
            ? 'addSchool'
            : drawer.mode.kind === 'edit'
              ? 'editSchool'
              : 'changeSchool',
        )
      : drawer?.kind === 'rule'
        ? drawer.rule
          ? t('rules.edit', { topic: t(`topics.${drawer.rule.topic}`) })
          : t('rules.new')
        : drawer?.kind === 'mail'
          ? t('mail.title')
          : drawer?.kind === 'sick'
            ? t('sick.title', { name: child.name.split(' ')[0] })
            : '';

  return (
    <section aria-labelledby="school-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} id="school-heading">
          {t('title')}
        </Title>
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconMail size={16} aria-hidden />}
            disabled={!school}
            onClick={() => setDrawer({ kind: 'mail' })}
          >
            {t('mail.button')}
          </Button>
          <Button
            // Red 8: white text on Mantine's default red 6 is below AA (3.6:1).
            color="red.8"
            leftSection={<IconThermometer size={16} aria-hidden />}
            onClick={() => setDrawer({ kind: 'sick' })}
          >
            {t('sick.button')}
          </Button>
        </Group>
      </Group>
      <Stack gap="lg">
        {open.length > 0 ? (
          <Card withBorder component="section" aria-labelledby="sick-heading">
            <Title order={3} id="sick-heading" mb="sm">
              {t('sick.open')}
            </Title>
            <OpenSickReports reports={open} rules={inForce} now={now} language={i18n.language} />
          </Card>
        ) : null}
        {school ? (
          <Card withBorder component="section" aria-labelledby="current-school-heading">
            <Group justify="space-between" mb="sm" align="flex-start">
              <Stack gap={2}>
                <Group gap="xs">
                  <IconSchool size={20} aria-hidden />
                  <Title order={3} id="current-school-heading">
                    {school.name || t('notRecorded')}
                  </Title>
                  {school.location ? <Text c="dimmed">{school.location}</Text> : null}
                </Group>
                {isSchoolCardReviewed(school, today) ? (
                  <StatusBadge tone="onTrack" label={t('reviewed', { date: date(school.reviewedOn) })} />
                ) : (
                  <StatusBadge tone="due" label={t('notReviewed')} />
                )}
              </Stack>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => void run(() => commands.markReviewed(school, today))}
                >
                  {t('markReviewed')}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setDrawer({ kind: 'school', mode: { kind: 'edit', school } })}
                >
                  {t('editSchool')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setDrawer({ kind: 'school', mode: { kind: 'change', school } })}
                >
                  {t('changeSchool')}
                </Button>
              </Group>
            </Group>
            <SchoolFacts school={school} />
          </Card>
        ) : (
          <EmptyState
            action={
              <Button onClick={() => setDrawer({ kind: 'school', mode: { kind: 'new' } })}>
                {t('addSchool')}
              </Button>
            }
          >
            {t('noSchool', { name: child.name })}
          </EmptyState>
        )}
        {school ? (
          <Card withBorder component="section" aria-labelledby="rules-heading">
            <Title order={3} id="rules-heading" mb="sm">
              {t('rules.title')}
            </Title>
            <SchoolRulesTable
              rules={inForce}
              family={family}
              agreements={agreements}
              onEdit={(rule) => setDrawer({ kind: 'rule', rule })}
              onAdd={() => setDrawer({ kind: 'rule' })}
              onAddStarters={() => void run(() => commands.addStarterRules(school, family))}
            />
          </Card>
        ) : null}
        {closed.length > 0 ? (
          <Card withBorder component="section" aria-labelledby="sick-history-heading">
            <Title order={3} id="sick-history-heading" mb="sm">
              {t('sick.history')}
            </Title>
            <SickReportHistory reports={closed} schools={schools} rules={rules} />
          </Card>
        ) : null}
        {earlier.length > 0 ? (
          <EarlierSchools schools={earlier} rules={rules} family={family} agreements={agreements} />
        ) : null}
      </Stack>
      <FormDrawer title={drawerTitle} opened={drawer !== null} onClose={close} dirty={dirty}>
        {drawer?.kind === 'school' ? (
          <SchoolForm
            mode={drawer.mode}
            childId={child.id}
            family={family}
            today={today}
            onDirty={setDirty}
            onDone={close}
            onSave={(draft, change) =>
              drawer.mode.kind === 'change' && change
                ? commands.changeSchool(
                    drawer.mode.school,
                    change.lastDay,
                    draft,
                    change.copyRules ? inForce.map(ruleContent) : [],
                  )
                : commands.saveSchool(drawer.mode.kind === 'edit' ? drawer.mode.school : undefined, draft)
            }
          />
        ) : null}
        {drawer?.kind === 'rule' && school ? (
          <SchoolRuleForm
            rule={drawer.rule}
            family={family}
            agreements={agreements}
            takenTopics={inForce.map((rule) => rule.topic)}
            onDirty={setDirty}
            onDone={close}
            onSave={(content) => commands.saveRule(school, drawer.rule, content)}
          />
        ) : null}
        {drawer?.kind === 'mail' && school ? (
          <MailSchool child={child} school={school} rules={inForce} family={family} onDone={close} />
        ) : null}
        {drawer?.kind === 'sick' ? (
          <ReportSick
            child={child}
            school={school}
            rules={inForce}
            family={family}
            today={today}
            onDone={close}
          />
        ) : null}
      </FormDrawer>
    </section>
  );
}
