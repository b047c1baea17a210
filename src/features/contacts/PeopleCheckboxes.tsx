// "Met wie": the child's family and network as checkboxes grouped by role, parents first, each with
// the relation beside the name. Ids chosen before that are no longer in the family stay listed and
// checked, so saving never drops anyone.
import { Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_MEMBER_KINDS, type FamilyMember, type Id } from '../../domain/types';

export function PeopleCheckboxes({
  label,
  family,
  value,
  onChange,
  error,
  description,
  kinds = FAMILY_MEMBER_KINDS,
}: {
  label: string;
  family: readonly FamilyMember[];
  value: Id[];
  onChange: (value: Id[]) => void;
  error?: string;
  description?: string;
  kinds?: readonly FamilyMember['kind'][];
}) {
  const { t } = useTranslation(['contacts', 'common']);
  const missing = value.filter((id) => !family.some((member) => member.id === id));
  return (
    <Checkbox.Group label={label} description={description} value={value} onChange={onChange} error={error}>
      <Stack gap="xs" mt={6}>
        {kinds.map((kind) => {
          const members = family.filter((member) => member.kind === kind);
          if (members.length === 0) return null;
          return (
            <Stack key={kind} gap={4}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                {t(`contacts:people.${kind}`)}
              </Text>
              <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
                {members.map((member) => (
                  <Checkbox
                    key={member.id}
                    value={member.id}
                    label={
                      <Group gap={6} wrap="nowrap">
                        <span>{member.name}</span>
                        <Text span size="sm" c="dimmed">
                          ({t(`common:relations.${member.relation}`)})
                        </Text>
                      </Group>
                    }
                  />
                ))}
              </SimpleGrid>
            </Stack>
          );
        })}
        {missing.map((id) => (
          <Checkbox key={id} value={id} label={t('common:removedPerson')} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** A person's name with the relation: "Ingrid de Vries (Moeder)". */
export function personLabel(
  member: FamilyMember | undefined,
  t: (key: string) => string,
  removed: string,
): string {
  return member ? `${member.name} (${t(`common:relations.${member.relation}`)})` : removed;
}
