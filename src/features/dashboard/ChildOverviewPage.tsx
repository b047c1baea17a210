// A child's overview tab: family (parents first), the latest contacts, agreements in force, goals and
// the next evaluation, each card linking to its tab. The header above already says how things stand.
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agreementsInForce, groupByTopic } from '../../domain/agreements';
import { nextEvaluationDue } from '../../domain/evaluations';
import { formatDateTime } from '../../i18n/format';
import { RelativeDate } from '../../ui/components/RelativeDate';
import { StatusBadge } from '../../ui/components/StatusBadge';
import { useToday } from '../../ui/useToday';
import { useAgreements } from '../agreements/useAgreements';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useEvaluations } from '../evaluations/useEvaluations';
import { byRelation } from '../family/FamilyGroup';
import { useFamilyMembers } from '../family/useFamily';
import { useGoals } from '../goals/useGoals';
import { useChildOverviewRecords } from './useChildOverview';

const KIND_ORDER = { parent: 0, network: 1, professional: 2 } as const;

function OverviewCard(props: {
  id: string;
  title: string;
  to: string;
  linkText: string;
  children: ReactNode;
}) {
  return (
    <Card component="section" aria-labelledby={`overview-${props.id}`} p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} id={`overview-${props.id}`} fz="lg">
          {props.title}
        </Title>
        <Anchor component={Link} to={props.to} size="sm">
          {props.linkText}
        </Anchor>
      </Group>
      {props.children}
    </Card>
  );
}

const Hint = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

export function ChildOverviewPage() {
  const { t, i18n } = useTranslation(['dashboard', 'common']);
  const child = useChildFromRoute();
  const today = useToday();
  const family = useFamilyMembers(child.id);
  const agreements = useAgreements(child.id);
  const goals = useGoals(child.id);
  const evaluations = useEvaluations(child.id);
  // Only the few recent contacts: it stays fast as the history grows.
  const overview = useChildOverviewRecords(child, today);
  if (!family || !agreements || !goals || !overview || !evaluations) {
    return <p role="status">{t('common:loading')}</p>;
  }
  const base = `/children/${child.id}`;
  const inForce = agreementsInForce(agreements);
  const members = [...family].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byRelation(a, b));

  return (
    <SimpleGrid cols={2} spacing="md">
      <OverviewCard
        id="family"
        title={t('overview.family')}
        to={`${base}/family`}
        linkText={t('overview.toFamily')}
      >
        {members.length === 0 ? (
          <Hint>{t('overview.noFamily')}</Hint>
        ) : (
          <Stack gap={6}>
            {members.map((member) => (
              <Group key={member.id} gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {member.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`common:relations.${member.relation}`)}
                </Text>
                {member.hasParentalAuthority ? (
                  <StatusBadge tone="info" label={t('overview.authority')} />
                ) : null}
                {member.interpreterNeeded ? (
                  <StatusBadge
                    tone="due"
                    label={t('overview.interpreter', { language: member.preferredLanguage ?? '' })}
                  />
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
      </OverviewCard>
      <OverviewCard
        id="contacts"
        title={t('overview.contacts')}
        to={`${base}/contacts`}
        linkText={t('overview.toContacts')}
      >
        {overview.recentContacts.length === 0 ? (
          <Hint>{t('overview.noContacts')}</Hint>
        ) : (
          <Table verticalSpacing={4} layout="fixed">
            <Table.Tbody>
              {overview.recentContacts.slice(0, 5).map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td w={130} className="tabular" fz="sm">
                    {formatDateTime(contact.at, i18n.language)}
                  </Table.Td>
                  <Table.Td fz="sm">
                    <Text size="sm" lineClamp={1}>
                      {t(`common:channels.${contact.channel}`)} — {contact.summary}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </OverviewCard>
      <OverviewCard
        id="agreements"
        title={t('overview.agreements')}
        to={`${base}/agreements`}
        linkText={t('overview.toAgreements')}
      >
        {inForce.length === 0 ? (
          <Hint>{t('overview.noAgreements')}</Hint>
        ) : (
          <Stack gap={4}>
            {groupByTopic(inForce).map((group) => (
              <Text key={`${group.topic}-${group.customTopic ?? ''}`} size="sm" lineClamp={2}>
                <strong>
                  {group.topic === 'custom' ? group.customTopic : t(`common:topics.${group.topic}`)}:
                </strong>{' '}
                {group.agreements.map((agreement) => agreement.text).join(' / ')}
              </Text>
            ))}
          </Stack>
        )}
      </OverviewCard>
      <Stack gap="md">
        <OverviewCard
          id="goals"
          title={t('overview.goals')}
          to={`${base}/goals`}
          linkText={t('overview.toGoals')}
        >
          {goals.length === 0 ? (
            <Hint>{t('overview.noGoals')}</Hint>
          ) : (
            <Stack gap={4}>
              {goals.map((goal) => (
                <Group key={goal.id} justify="space-between" wrap="nowrap">
                  <Text size="sm" lineClamp={1}>
                    {goal.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t(`overview.goalStatus.${goal.status}`)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </OverviewCard>
        <OverviewCard
          id="evaluation"
          title={t('overview.evaluation')}
          to={`${base}/evaluations`}
          linkText={t('overview.toEvaluations')}
        >
          <Text size="sm">
            {t('overview.nextEvaluationLabel')} <RelativeDate date={nextEvaluationDue(evaluations, child)} />
          </Text>
        </OverviewCard>
      </Stack>
    </SimpleGrid>
  );
}
