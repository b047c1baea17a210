// Label–value pairs of a record in aligned columns; an empty value reads "Niet ingevuld", never "Geen".
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Fact {
  label: string;
  /** Empty (undefined, '' or null): nobody filled it in. */
  value: ReactNode;
}

export function Facts({ facts, cols = 3 }: { facts: Fact[]; cols?: number }) {
  const { t } = useTranslation('common');
  return (
    <SimpleGrid cols={cols} spacing="md" verticalSpacing="sm" component="dl" m={0}>
      {facts.map((fact) => (
        <Stack key={fact.label} gap={0}>
          <Text component="dt" size="xs" fw={600} c="dimmed">
            {fact.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {fact.value === undefined || fact.value === null || fact.value === '' ? (
              <Text span size="sm" c="dimmed" fs="italic">
                {t('notFilledIn')}
              </Text>
            ) : (
              fact.value
            )}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
