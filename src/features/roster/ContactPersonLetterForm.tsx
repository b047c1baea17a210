// After a new contact person is chosen: the letter to the parents (who, how to reach them, from when,
// the fixed moment), in the language the parents read; or skip it.
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../domain/assignments';
import type { Child, StaffMember } from '../../domain/types';
import type { ExportLanguage } from '../../export';
import { notifyFailed } from '../../ui/components/notify';
import { useSessionState } from '../../ui/AppContext';
import { useToday } from '../../ui/useToday';
import { useFamilyMembers } from '../family/useFamily';
import { momentText } from './momentText';
import { useContactMoments } from './useRoleAssignments';
import { useRosterExports } from './useRosterExports';

interface Props {
  child: Child;
  assignment: RoleAssignment;
  previous: RoleAssignment | undefined;
  staff: readonly StaffMember[];
  onDone: () => void;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function ContactPersonLetterForm({ child, assignment, previous, staff, onDone }: Props) {
  const { t, i18n } = useTranslation(['roster', 'common']);
  const today = useToday();
  const { repos, home } = useSessionState();
  const family = useFamilyMembers(child.id);
  const moments = useContactMoments(child.id);
  const { saveContactPersonLetter } = useRosterExports();
  const [language, setLanguage] = useState<ExportLanguage>('nl');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [reachable, setReachable] = useState('');
  const [saved, setSaved] = useState<string | undefined>();
  const name = (id?: string) => staff.find((member) => member.id === id)?.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parents = (family ?? []).filter((member) => member.kind === 'parent');
    const withAuthority = parents.filter((member) => member.hasParentalAuthority);
    const addressed = (withAuthority.length > 0 ? withAuthority : parents).map((member) =>
      firstName(member.name),
    );
    const moment = (moments ?? []).find((candidate) => !candidate.to || candidate.to >= today);
    const lng = language;
    const backup = (await repos.roleAssignments.byChild(child.id)).find(
      (candidate) => candidate.role === 'backup' && (!candidate.to || candidate.to >= assignment.from),
    );
    try {
      const result = await saveContactPersonLetter(
        child.id,
        child.name,
        {
          homeName: home.name,
          date: today,
          parentsAddressed:
            addressed.length > 0 ? addressed.join(t('letter.and', { lng })) : t('letter.parents', { lng }),
          childFirstName: firstName(child.name),
          newContactPerson: {
            name: name(assignment.staffId) ?? '',
            ...(phone.trim() && { phone: phone.trim() }),
            ...(email.trim() && { email: email.trim() }),
            ...(reachable.trim() && { reachable: reachable.trim() }),
          },
          from: assignment.from,
          ...(previous && { previousContactPersonName: name(previous.staffId) }),
          ...(assignment.reason && { reason: assignment.reason }),
          ...(backup && backup.staffId !== assignment.staffId && { backupName: name(backup.staffId) }),
          ...(moment && { fixedMoment: momentText(moment, i18n.t, lng) }),
          signedBy: repos.session.staff.name,
        },
        language,
      );
      if (result.saved) setSaved(result.fileName);
    } catch {
      notifyFailed(t('letter.failed'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('letter.title')}>
      <Stack>
        <Text>{t('letter.intro', { name: name(assignment.staffId) })}</Text>
        <Select
          label={t('letter.language')}
          data={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
          value={language}
          onChange={(value) => setLanguage((value as ExportLanguage) ?? 'nl')}
          allowDeselect={false}
        />
        <TextInput
          label={t('letter.phone')}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
        />
        <TextInput
          label={t('letter.email')}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <TextInput
          label={t('letter.reachable')}
          description={t('letter.reachableHint')}
          value={reachable}
          onChange={(e) => setReachable(e.currentTarget.value)}
        />
        {saved ? (
          <Text role="status" c="green.8">
            {t('letter.saved', { fileName: saved })}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {saved ? t('common:close') : t('letter.skip')}
          </Button>
          <Button type="submit" leftSection={<IconFileTypeDocx size={16} aria-hidden />}>
            {t('letter.make')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
