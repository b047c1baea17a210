// The home's own shift types ("Tussendienst 11:00–19:00"): listed, added, renamed and archived; the
// shift drawer offers the ones in use beside the built-in kinds.
import { Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sortShiftTypes, validateShiftType, type ShiftType } from '../../domain/roster';
import { TimeField } from '../../ui/components/DateField';
import { FormDrawer, isChanged } from '../../ui/components/FormDrawer';
import { notifyFailed, notifySaved } from '../../ui/components/notify';
import { useRosterCommands } from './useRoster';

interface Props {
  opened: boolean;
  shiftTypes: readonly ShiftType[];
  onClose: () => void;
}

export function ShiftTypesDrawer({ opened, shiftTypes, onClose }: Props) {
  const { t, i18n } = useTranslation(['roster', 'common']);
  const { saveShiftType, setShiftTypeArchived } = useRosterCommands();
  const [editing, setEditing] = useState<ShiftType | undefined>();
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const edit = (type: ShiftType | undefined) => {
    setEditing(type);
    setName(type?.name ?? '');
    setStart(type?.start ?? '');
    setEnd(type?.end ?? '');
    setErrors({});
  };
  useEffect(() => {
    if (opened) edit(undefined);
  }, [opened]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = { name: name.trim(), start, end };
    const codes = validateShiftType(draft);
    setErrors(
      Object.fromEntries(
        Object.entries(codes).map(([field, code]) => [field, t(`shiftDrawer.errors.${code}`)]),
      ),
    );
    if (Object.keys(codes).length > 0) return;
    try {
      await saveShiftType(editing, editing ? { ...editing, ...draft } : draft);
      notifySaved();
      edit(undefined);
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  const setArchived = async (type: ShiftType, archived: boolean) => {
    try {
      await setShiftTypeArchived(type.id, archived);
      notifySaved(t(archived ? 'shiftTypes.archivedDone' : 'shiftTypes.restoredDone', { name: type.name }));
    } catch {
      notifyFailed(t('common:saveFailed'));
    }
  };

  const dirty = isChanged(
    { name, start, end },
    { name: editing?.name ?? '', start: editing?.start ?? '', end: editing?.end ?? '' },
  );

  const formTitle = editing ? t('shiftTypes.editTitle', { name: editing.name }) : t('shiftTypes.newTitle');
  return (
    <FormDrawer title={t('shiftTypes.title')} opened={opened} onClose={onClose} dirty={dirty}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('shiftTypes.intro')}
        </Text>
        {shiftTypes.length === 0 ? (
          <Text size="sm">{t('shiftTypes.none')}</Text>
        ) : (
          <Table aria-label={t('shiftTypes.title')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shiftTypes.name')}</Table.Th>
                <Table.Th>{t('shiftTypes.times')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sortShiftTypes(shiftTypes, i18n.language).map((type) => (
                <Table.Tr key={type.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" c={type.archived ? 'dimmed' : undefined}>
                        {type.name}
                      </Text>
                      {type.archived ? (
                        <Badge color="gray" variant="outline" tt="none" size="sm">
                          {t('shiftTypes.archived')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td className="tabular">
                    {type.start}–{type.end}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={t('shiftTypes.rename', { name: type.name })}
                        onClick={() => edit(type)}
                      >
                        {t('assignments.change')}
                      </Button>
                      <Button
                        variant="subtle"
                        color="gray"
                        size="compact-sm"
                        leftSection={
                          type.archived ? (
                            <IconArrowBackUp size={14} aria-hidden />
                          ) : (
                            <IconArchive size={14} aria-hidden />
                          )
                        }
                        aria-label={t(type.archived ? 'shiftTypes.restoreLabel' : 'shiftTypes.archiveLabel', {
                          name: type.name,
                        })}
                        onClick={() => void setArchived(type, !type.archived)}
                      >
                        {t(type.archived ? 'shiftTypes.restore' : 'shiftTypes.archive')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {shiftTypes.some((type) => type.archived) ? (
          <Text size="sm" c="dimmed">
            {t('shiftTypes.archivedHint')}
          </Text>
        ) : null}
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={formTitle}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {formTitle}
            </Title>
            <TextInput
              label={t('shiftTypes.name')}
              description={t('shiftTypes.nameHint')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              required
              error={errors.name}
            />
            <Group grow>
              <TimeField
                label={t('shiftDrawer.start')}
                value={start}
                onChange={setStart}
                required
                error={errors.start}
              />
              <TimeField
                label={t('shiftDrawer.end')}
                value={end}
                onChange={setEnd}
                required
                error={errors.end}
              />
            </Group>
            <Group justify="flex-end">
              {editing ? (
                <Button variant="default" onClick={() => edit(undefined)}>
                  {t('common:cancel')}
                </Button>
              ) : null}
              <Button type="submit">{editing ? t('common:save') : t('shiftTypes.add')}</Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </FormDrawer>
  );
}
