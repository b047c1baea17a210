// The "Gezin en netwerk" tab: parents and carers first, informal network and professionals (per person
// whether contact counts for the contact norm), then the child's fixed faces and the family's continuity.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_MEMBER_KINDS } from '../../domain/types';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { FamilyContinuityCard, RoleAssignmentsCard } from '../roster';
import { FamilyGroup } from './FamilyGroup';
import { useFamilyMembers } from './useFamily';

export function FamilyPage() {
  const { t } = useTranslation(['family', 'common']);
  const child = useChildFromRoute();
  const members = useFamilyMembers(child.id);
  return (
    <section aria-labelledby="family-heading">
      <Title order={2} id="family-heading" mb={4}>
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('contactNormHint')}
      </Text>
      <Stack gap="md">
        {members === undefined ? (
          <p role="status">{t('common:loading')}</p>
        ) : (
          FAMILY_MEMBER_KINDS.map((kind) => (
            <FamilyGroup
              key={kind}
              child={child}
              kind={kind}
              members={members.filter((member) => member.kind === kind)}
            />
          ))
        )}
        <RoleAssignmentsCard child={child} />
        <FamilyContinuityCard child={child} />
      </Stack>
    </section>
  );
}
