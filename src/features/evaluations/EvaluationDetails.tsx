// One evaluation in full, in a drawer: who attended, the goals reviewed, every experience.
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Evaluation, FamilyMember, Goal, StaffMember } from '../../domain/types';

export function EvaluationDetails({
  evaluation,
  family,
  staff,
  goals,
  agreements,
  onEdit,
}: {
  evaluation: Evaluation;
  family: FamilyMember[];
  staff: StaffMember[];
  goals: Goal[];
  agreements: Agreement[];
  onEdit: () => void;
}) {
  const { t } = useTranslation(['evaluations', 'goals', 'common']);
  const attendees = [
    ...(evaluation.attendeeIds ?? []).map((id) => {
      const member = family.find((candidate) => candidate.id === id);
      return member
        ? `${member.name} (${t(`common:relations.${member.relation}`)})`
        : t('common:removedPerson');
    }),
    ...(evaluation.staffAttendeeIds ?? []).map(
      (id) => staff.find((member) => member.id === id)?.name ?? t('common:removedPerson'),
    ),
  ];
  const section = (label: string, text: string | undefined) => (
    <Stack gap={2} key={label}>
      <Title order={3} size="h6">
        {label}
      </Title>
      <Text size="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {text || t('common:notFilledIn')}
      </Text>
    </Stack>
  );
  return (
    <Stack gap="md">
      {section(t('form.attendees'), attendees.join(', '))}
      {evaluation.goalReviews && evaluation.goalReviews.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h6">
            {t('form.goalReviews')}
          </Title>
          {evaluation.goalReviews.map((review) => (
            <Group key={review.goalId} gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" tt="none" miw={100}>
                {t(`goals:statuses.${review.status}`)}
              </Badge>
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {goals.find((goal) => goal.id === review.goalId)?.title ?? ''}
                </Text>
                {review.progress ? ` — ${review.progress}` : ''}
              </Text>
            </Group>
          ))}
        </Stack>
      ) : null}
      {section(
        t('form.parentsExperience'),
        evaluation.parentsExperience || (evaluation.parentsViewNotGiven ? t('list.parentsDidNotReact') : ''),
      )}
      {(['childExperience', 'staffExperience', 'goesWell', 'shouldChange'] as const).map((field) =>
        section(t(`form.${field}`), evaluation[field]),
      )}
      {evaluation.revisedAgreementIds.length > 0
        ? section(
            t('form.revisedAgreements'),
            evaluation.revisedAgreementIds
              .map((id) => agreements.find((agreement) => agreement.id === id)?.text ?? t('unknownAgreement'))
              .join('; '),
          )
        : null}
      <Button
        variant="default"
        w="fit-content"
        leftSection={<IconPencil size={16} aria-hidden />}
        onClick={onEdit}
      >
        {t('common:edit')}
      </Button>
    </Stack>
  );
}
