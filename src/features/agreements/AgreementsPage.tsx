// The "Afspraken" tab: shared-parenting agreements in one table (topic, what, who, status, review),
// the starter checklist, and drawers to add, change, review or read the history of one.
import { Anchor, Button, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByTopic, isReviewDue, missingStarterTopics } from '../../domain/agreements';
import type { Agreement, AgreementTopic } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { DataTable, type Column } from '../../ui/components/DataTable';
import { EmptyState } from '../../ui/components/EmptyState';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { RowAction, RowActions } from '../../ui/components/RowActions';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { AddButton, TabHeader } from '../../ui/components/TabHeader';
import { drawerTitle, useDrawerState } from '../../ui/components/useDrawerState';
import { useToday } from '../../ui/useToday';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useFamilyMembers } from '../family/useFamily';
import { AgreementForm } from './AgreementForm';
import { AgreementHistory } from './AgreementHistory';
import { AgreementReview } from './AgreementReview';
import { StarterChecklist } from './StarterChecklist';
import { useAgreementCommands, useAgreements } from './useAgreements';

type Open =
  { kind: 'new'; topic: AgreementTopic } | { kind: 'edit' | 'review' | 'history'; agreement: Agreement };
type StatusFilter = 'current' | 'proposed' | 'ended' | 'all';

export function AgreementsPage() {
  const { t, i18n } = useTranslation(['agreements', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const agreements = useAgreements(child.id);
  const family = useFamilyMembers(child.id);
  const { add, revise } = useAgreementCommands();
  const { open, show, close, dirty, setDirty } = useDrawerState<Open>();
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('current');
  if (!agreements || !family) return <Text role="status">{t('common:loading')}</Text>;

  const date = (iso?: string) => formatDate(iso, i18n.language);
  const name = (id?: string) => family.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const topicLabel = (agreement: Agreement) =>
    agreement.topic === 'custom' ? (agreement.customTopic ?? '') : t(`common:topics.${agreement.topic}`);
  // Table order: the checklist's topic order, custom topics after, as groupByTopic gives them.
  const order = new Map(
    groupByTopic(agreements).flatMap((group, index) => group.agreements.map((a) => [a.id, index] as const)),
  );
  const shown = agreements.filter((agreement) =>
    statusFilter === 'all'
      ? true
      : statusFilter === 'current'
        ? agreement.status !== 'ended'
        : agreement.status === statusFilter,
  );

  const columns: Column<Agreement>[] = [
    {
      accessor: 'topic',
      title: t('form.topic'),
      width: 170,
      sortValue: (agreement) => order.get(agreement.id) ?? 0,
      render: (agreement) => (
        <Text fw={600} size="sm">
          {topicLabel(agreement)}
        </Text>
      ),
    },
    {
      accessor: 'text',
      title: t('list.what'),
      render: (agreement) => (
        <Stack gap={2}>
          <Text size="sm">{agreement.text}</Text>
          <Text size="xs" c="dimmed">
            {[
              t('list.who', {
                who: agreement.responsible
                  .map((party) =>
                    party.familyMemberId ? name(party.familyMemberId) : t(`responsible.${party.kind}`),
                  )
                  .join(', '),
              }),
              agreement.agreedWith.length
                ? t('list.with', { names: agreement.agreedWith.map(name).join(', ') })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      ),
    },
    {
      accessor: 'status',
      title: t('form.status'),
      width: 160,
      sortValue: (agreement) => t(`statuses.${agreement.status}`),
      render: (agreement) => (
        <StatusBadge
          tone={agreement.status === 'agreed' ? 'onTrack' : agreement.status === 'ended' ? 'ended' : 'info'}
          label={t(`statuses.${agreement.status}`)}
        />
      ),
    },
    {
      accessor: 'reviewOn',
      title: t('form.reviewOn'),
      width: 190,
      sortValue: (agreement) => agreement.reviewOn,
      render: (agreement) => {
        if (agreement.status === 'ended')
          return agreement.outcome ? <Text size="sm">{t(`outcomes.${agreement.outcome}`)}</Text> : null;
        if (isReviewDue(agreement, today))
          return (
            <Button
              size="compact-sm"
              color={agreement.reviewOn! < today ? 'red' : 'yellow.8'}
              variant="light"
              onClick={() => show({ kind: 'review', agreement })}
              aria-label={t('list.reviewFor', { text: agreement.text })}
            >
              {t('list.reviewDue')} · {date(agreement.reviewOn)}
            </Button>
          );
        if (!agreement.reviewOn)
          return (
            <StatusBadge tone="due" label={t('list.noReviewDate')} tooltip={t('list.noReviewDateHint')} />
          );
        return <span className="tabular">{date(agreement.reviewOn)}</span>;
      },
    },
    {
      accessor: 'actions',
      title: <VisuallyHidden>{t('common:actions')}</VisuallyHidden>,
      textAlign: 'right',
      width: 96,
      render: (agreement) => (
        <RowActions>
          <RowAction
            tooltip={t('list.historyCount', { count: agreement.version })}
            label={t('list.historyFor', { text: agreement.text, count: agreement.version })}
            icon={IconHistory}
            onClick={() => show({ kind: 'history', agreement })}
          />
          <RowAction
            tooltip={t('list.change')}
            label={t('list.changeFor', { text: agreement.text })}
            icon={IconPencil}
            onClick={() => show({ kind: 'edit', agreement })}
          />
        </RowActions>
      ),
    },
  ];

  const title = drawerTitle(open, {
    new: t('form.newTitle'),
    edit: t('form.editTitle'),
    review: t('review.title'),
    history: t('history.title'),
  });

  return (
    <section aria-labelledby="agreements-heading">
      <TabHeader
        id="agreements-heading"
        title={t('title')}
        actions={
          <AddButton
            onClick={() => show({ kind: 'new', topic: missingStarterTopics(agreements)[0] ?? 'custom' })}
          >
            {t('add')}
          </AddButton>
        }
      />
      <Stack gap="md">
        <StarterChecklist
          child={child}
          agreements={agreements}
          onPick={(topic) => show({ kind: 'new', topic })}
        />
        <DataTable
          label={t('list.title')}
          records={shown}
          columns={columns}
          initialSort={{ column: 'topic', direction: 'asc' }}
          filterText={(agreement) => `${topicLabel(agreement)} ${agreement.text}`}
          filterLabel={t('list.search')}
          filters={
            <Select
              label={t('list.show')}
              w={200}
              allowDeselect={false}
              value={statusFilter}
              onChange={(value) => setStatusFilter((value ?? 'current') as StatusFilter)}
              data={(['current', 'proposed', 'ended', 'all'] as const).map((value) => ({
                value,
                label: t(`list.filters.${value}`),
              }))}
            />
          }
          empty={
            agreements.length === 0 ? (
              <EmptyState>{t('empty')}</EmptyState>
            ) : (
              <EmptyState
                action={
                  <Anchor component="button" type="button" onClick={() => setStatusFilter('all')}>
                    {t('list.filters.all')}
                  </Anchor>
                }
              >
                {t('list.noneShown')}
              </EmptyState>
            )
          }
        />
      </Stack>
      <FormDrawer
        title={title}
        opened={open !== null}
        onClose={close}
        dirty={dirty && open?.kind !== 'history'}
        size={open?.kind === 'review' ? 'md' : 'lg'}
      >
        {open?.kind === 'new' ? (
          <AgreementForm
            key={`new-${open.topic}`}
            topic={open.topic}
            family={family}
            onSave={(content) => add(child.id, content)}
            onDone={close}
            onDirtyChange={setDirty}
          />
        ) : open?.kind === 'edit' ? (
          <AgreementForm
            key={`edit-${open.agreement.id}`}
            agreement={open.agreement}
            family={family}
            onSave={(content, basedOn) => revise(open.agreement.id, content, basedOn)}
            onDone={close}
            onDirtyChange={setDirty}
          />
        ) : open?.kind === 'review' ? (
          <AgreementReview
            key={`review-${open.agreement.id}`}
            agreement={open.agreement}
            family={family}
            onSave={(content, basedOn) => revise(open.agreement.id, content, basedOn)}
            onDone={close}
            onDirtyChange={setDirty}
          />
        ) : open?.kind === 'history' ? (
          <AgreementHistory agreementId={open.agreement.id} family={family} />
        ) : null}
      </FormDrawer>
    </section>
  );
}
