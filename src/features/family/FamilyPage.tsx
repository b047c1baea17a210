// The "Gezin en netwerk" tab: parents and carers, informal network, professionals, and contact persons.
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
      <h2 id="family-heading">{t('title')}</h2>
      <RoleAssignmentsCard child={child} />
      <FamilyContinuityCard child={child} />
      {members === undefined ? (
        <p role="status">{t('common:loading')}</p>
      ) : (
        FAMILY_MEMBER_KINDS.map((kind) => (
          <FamilyGroup
            key={kind}
            childId={child.id}
            kind={kind}
            members={members.filter((member) => member.kind === kind)}
          />
        ))
      )}
    </section>
  );
}
