// The "new placement" checklist: starter topics without an agreement yet, each one click from the form.
// After the first months of a placement it stays available, folded away.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNewPlacement, missingStarterTopics } from '../../domain/agreements';
import type { Agreement, Child, StarterTopic } from '../../domain/types';
import { useToday } from '../../ui/useToday';

interface ChecklistProps {
  child: Child;
  agreements: Agreement[];
  onPick: (topic: StarterTopic) => void;
}

export function StarterChecklist({ child, agreements, onPick }: ChecklistProps) {
  const { t } = useTranslation(['agreements', 'common']);
  const today = useToday();
  const missing = missingStarterTopics(agreements);
  const folded = missing.length > 0 && !isNewPlacement(child, today);
  const [expanded, setExpanded] = useState(!folded);
  if (missing.length === 0) {
    return (
      <Group gap="xs" role="status">
        <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
        <Text size="sm">{t('checklist.complete')}</Text>
      </Group>
    );
  }
  if (folded && !expanded) {
    return (
      <Button
        variant="subtle"
        color="gray"
        w="fit-content"
        leftSection={<IconChevronRight size={16} aria-hidden />}
        aria-expanded={false}
        onClick={() => setExpanded(true)}
      >
        {t('checklist.folded', { count: missing.length })}
      </Button>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="checklist-heading">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id="checklist-heading">
            {t('checklist.title')}
          </Title>
          {folded ? (
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              leftSection={<IconChevronDown size={16} aria-hidden />}
              aria-expanded
              onClick={() => setExpanded(false)}
            >
              {t('checklist.fold')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('checklist.intro', { count: missing.length })}
        </Text>
        <Group
          gap={6}
          component="ul"
          aria-label={t('checklist.missing')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {missing.map((topic) => (
            <li key={topic}>
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => onPick(topic)}
                aria-label={t('checklist.addFor', { topic: t(`common:topics.${topic}`) })}
              >
                {t(`common:topics.${topic}`)}
              </Button>
            </li>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
