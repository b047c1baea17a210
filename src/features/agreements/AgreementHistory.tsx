// Every version of one agreement, newest first: who changed what, when.
import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { revisionHistory } from '../../domain/agreements';
import type { FamilyMember } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useStaffList } from '../staff/useStaff';
import { useAgreementHistory } from './useAgreements';

export function AgreementHistory({ agreementId, family }: { agreementId: string; family: FamilyMember[] }) {
  const { t, i18n } = useTranslation(['agreements', 'common']);
  const revisions = useAgreementHistory(agreementId);
  const staff = useStaffList();
  if (!revisions) return <Text role="status">{t('common:loading')}</Text>;
  const staffName = (id: string) => staff?.find((member) => member.id === id)?.name ?? t('history.unknown');
  const names = (ids: string[]) =>
    ids.map((id) => family.find((member) => member.id === id)?.name ?? t('common:removedPerson')).join(', ');
  const history = revisionHistory(revisions).reverse();
  return (
    <Timeline
      bulletSize={22}
      lineWidth={2}
      active={history.length}
      component="ol"
      aria-label={t('history.title')}
      styles={{ item: { listStyle: 'none' } }}
    >
      {history.map((revision) => (
        <Timeline.Item
          key={revision.id}
          component="li"
          bullet={<IconPencil size={12} aria-hidden />}
          title={
            <Group gap="xs">
              <Badge variant="light" tt="none">
                {t('history.version', { version: revision.version })}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('history.changedBy', {
                  name: staffName(revision.changedBy),
                  at: formatDateTime(revision.changedAt, i18n.language),
                })}
              </Text>
            </Group>
          }
        >
          <Text size="sm" c="dimmed">
            {revision.changes.length === 0
              ? t('history.created')
              : t('history.changed', {
                  fields: revision.changes.map((field) => t(`fields.${field}`)).join(', '),
                })}
            {revision.basedOnVersion !== revision.version - 1 && revision.version > 1
              ? ` ${t('history.concurrent', { version: revision.basedOnVersion })}`
              : ''}
          </Text>
          <Text size="sm" mt={4}>
            {revision.content.text}
          </Text>
          <Text size="xs" c="dimmed" mt={2}>
            {[
              t(`statuses.${revision.content.status}`),
              revision.content.agreedOn
                ? t('list.agreedOn', { date: formatDate(revision.content.agreedOn, i18n.language) })
                : null,
              revision.content.agreedWith.length
                ? t('list.with', { names: names(revision.content.agreedWith) })
                : null,
              revision.content.reviewOn
                ? t('list.reviewOn', { date: formatDate(revision.content.reviewOn, i18n.language) })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {revision.content.parentsView ? (
            <Text size="xs" mt={2}>
              {t('form.parentsView')}: “{revision.content.parentsView}”
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
