// The header of a child's pages: who this is and how things stand, each fact linking to where it is
// changed. Answers "who is this and what needs doing" before any tab is opened.
import { Anchor, Avatar, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn } from '../../domain/dates';
import { authorityHolders } from '../../domain/family';
import { currentMentor } from '../../domain/mentors';
import { hasPlacementEnded } from '../../domain/placements';
import type { Child } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useRelativeDate } from '../../ui/components/RelativeDate';
import { StatusBadge } from '../../ui/components/StatusBadge';
import type { StatusTone } from '../../ui/design/theme';
import { useToday } from '../../ui/useToday';
import { CONTACT_TONE, EVALUATION_TONE, childStatusSummary } from './childStatus';
import { useChildStatus } from './useChildren';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** A status chip that opens the tab where the status is changed. */
function Chip({
  to,
  tone,
  label,
  tooltip,
}: {
  to: string;
  tone: StatusTone;
  label: string;
  tooltip?: string;
}) {
  return (
    <Anchor component={Link} to={to} underline="never" aria-label={label}>
      <StatusBadge tone={tone} label={label} tooltip={tooltip} />
    </Anchor>
  );
}

export function ChildHeader({ child }: { child: Child }) {
  const { t, i18n } = useTranslation(['children', 'common']);
  const today = useToday();
  const records = useChildStatus(child, today);
  const relative = useRelativeDate();
  const date = (iso?: string) => formatDate(iso, i18n.language);
  const base = `/children/${child.id}`;
  const ended = hasPlacementEnded(child, today);
  const staffName = (id?: string) => records?.staff.find((member) => member.id === id)?.name;
  const mentor = staffName(currentMentor(child, today)?.staffId);
  const contactPerson = staffName(child.contactPersonId);
  const holders = records ? authorityHolders(records.family) : [];
  const link = (to: string, text: ReactNode) => (
    <Anchor component={Link} to={to} size="sm">
      {text}
    </Anchor>
  );
  const status = records ? childStatusSummary(child, records, today) : undefined;

  return (
    <Card component="section" p="md" mb="sm" aria-label={t('header.label', { name: child.name })}>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Avatar size={56} radius="xl" color={ended ? 'gray' : 'teal'} aria-hidden>
          {initials(child.name)}
        </Avatar>
        <Stack gap="xs" style={{ flex: 1 }}>
          <Group gap="sm" align="center">
            <Title order={1} id="child-heading">
              {child.name}
            </Title>
            <Text c="dimmed">{t('header.age', { count: ageOn(child.birthDate, today) })}</Text>
            <Anchor component={Link} to={`${base}/edit`} underline="never">
              <Badge variant="outline" color="teal" tt="none" size="lg">
                {t(`legalFrameworksShort.${child.legalFramework}`)}
              </Badge>
            </Anchor>
            {ended ? (
              <StatusBadge tone="ended" label={t('header.endedOn', { date: date(child.placementEndedOn) })} />
            ) : null}
          </Group>
          <Group gap="xl" align="flex-start">
            <Fact label={t('header.authority')}>
              {records === undefined
                ? null
                : holders.length > 0
                  ? link(
                      `${base}/family`,
                      holders
                        .map((holder) => `${holder.name} (${t(`common:relations.${holder.relation}`)})`)
                        .join(', '),
                    )
                  : link(`${base}/family`, t('common:notFilledIn'))}
            </Fact>
            <Fact label={t('form.mentor')}>
              {records ? link(`${base}/family`, mentor ?? t('form.noMentor')) : null}
            </Fact>
            <Fact label={t('header.contactPerson')}>
              {records ? link(`${base}/family`, contactPerson ?? t('header.nobody')) : null}
            </Fact>
            <Fact label={ended ? t('header.placement') : t('header.placedSince')}>
              {ended ? (
                <>
                  {date(child.placementStart)} – {date(child.placementEndedOn)}
                </>
              ) : (
                <>
                  {date(child.placementStart)}
                  {child.placementEnd ? (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      {t('header.expectedEnd', { date: date(child.placementEnd) })}
                    </Text>
                  ) : null}
                </>
              )}
            </Fact>
          </Group>
          {status && !ended ? (
            <Group gap="xs" aria-label={t('header.status')} role="group">
              <Chip
                to={`${base}/contacts`}
                tone={CONTACT_TONE[status.contact.status]}
                label={t(`header.contact.${status.contact.status}`)}
                tooltip={
                  status.contact.lastContactOn
                    ? t('header.lastContact', { date: date(status.contact.lastContactOn) })
                    : t('header.noContactYet')
                }
              />
              <Chip
                to={`${base}/evaluations`}
                tone={EVALUATION_TONE[status.evaluation]}
                label={t('header.evaluation', { when: relative(status.nextEvaluation) })}
                tooltip={date(status.nextEvaluation)}
              />
              <Chip
                to={`${base}/contacts`}
                tone={status.actions.overdue > 0 ? 'overdue' : status.actions.open > 0 ? 'info' : 'onTrack'}
                label={
                  status.actions.overdue > 0
                    ? t('header.actionsOverdue', {
                        count: status.actions.open,
                        overdue: status.actions.overdue,
                      })
                    : t('header.actions', { count: status.actions.open })
                }
              />
              {status.goalsPastTarget > 0 ? (
                <Chip
                  to={`${base}/goals`}
                  tone="overdue"
                  label={t('header.goalsPastTarget', { count: status.goalsPastTarget })}
                />
              ) : null}
              {status.reviewsDue > 0 ? (
                <Chip
                  to={`${base}/agreements`}
                  tone="due"
                  label={t('header.reviewsDue', { count: status.reviewsDue })}
                />
              ) : null}
              {status.withoutReviewDate > 0 ? (
                <Chip
                  to={`${base}/agreements`}
                  tone="info"
                  label={t('header.withoutReviewDate', { count: status.withoutReviewDate })}
                />
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}
