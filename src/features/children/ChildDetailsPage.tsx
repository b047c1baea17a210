// The "Gegevens" tab: the basics of the placement and health and school, each with its edit button.
import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentMentor } from '../../domain/mentors';
import { formatDate } from '../../i18n/format';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { Facts } from './Facts';
import { HealthSchoolCard } from './HealthSchoolCard';
import { useChildFromRoute } from './useChildFromRoute';

export function ChildDetailsPage() {
  const { t, i18n } = useTranslation(['children', 'common']);
  const child = useChildFromRoute();
  const staff = useStaffList();
  const today = useToday();
  const staffName = (id?: string) => staff?.find((member) => member.id === id)?.name;
  const date = (iso?: string) => formatDate(iso, i18n.language);
  return (
    <Stack gap="md">
      <Card component="section" aria-labelledby="details-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="details-heading">
            {t('tabs.details')}
          </Title>
          <Button
            component={Link}
            to={`/children/${child.id}/edit`}
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t('edit')}
          </Button>
        </Group>
        <Facts
          facts={[
            { label: t('form.birthDate'), value: date(child.birthDate) },
            { label: t('form.legalFramework'), value: t(`legalFrameworks.${child.legalFramework}`) },
            { label: t('form.mentor'), value: staffName(currentMentor(child, today)?.staffId) },
            { label: t('form.placementStart'), value: date(child.placementStart) },
            { label: t('form.placementEnd'), value: date(child.placementEnd) },
            { label: t('form.placementEndedOn'), value: date(child.placementEndedOn) },
            { label: t('form.languages'), value: child.languages.join(', ') },
            { label: t('form.cultureNotes'), value: child.cultureNotes },
            { label: t('form.contactNormDays'), value: child.contactNormDays },
            { label: t('form.evaluationIntervalMonths'), value: child.evaluationIntervalMonths },
          ]}
        />
      </Card>
      <HealthSchoolCard key={child.updatedAt} child={child} />
    </Stack>
  );
}
