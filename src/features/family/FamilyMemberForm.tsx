// Add or edit a parent, network member or professional in a drawer, checked by the family member
// schema (`validateFamilyMember`), messages at the fields.
import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CHANNELS,
  RELATIONS_BY_KIND,
  type ContactChannel,
  type Draft,
  type FamilyMember,
  type FamilyMemberKind,
  type Relation,
} from '../../domain/types';
import { validateFamilyMember } from '../../domain/validation';
import { keyboardClearButton } from '../../ui/design/theme';
import { FormActions } from '../../ui/components/FormActions';
import { FormDrawer } from '../../ui/components/FormDrawer';
import { notifySaved } from '../../ui/components/notify';
import { saveFailureOf, type SaveFailure } from '../../ui/components/saveFailure';
import { validationMessages } from '../../ui/components/validationMessages';

interface Values {
  name: string;
  relation: string | null;
  hasParentalAuthority: boolean;
  address: string;
  phone: string;
  email: string;
  preferredLanguage: string;
  preferredChannel: string | null;
  preferredMoments: string;
  interpreterNeeded: boolean;
  receivesReports: boolean;
  supportRole: string;
  organisation: string;
  notes: string;
}

function initial(kind: FamilyMemberKind, member?: FamilyMember): Values {
  return {
    name: member?.name ?? '',
    relation: member?.relation ?? null,
    hasParentalAuthority: member?.hasParentalAuthority ?? false,
    address: member?.address ?? '',
    phone: member?.phone ?? '',
    email: member?.email ?? '',
    preferredLanguage: member?.preferredLanguage ?? '',
    preferredChannel: member?.preferredChannel ?? null,
    preferredMoments: member?.preferredMoments ?? '',
    interpreterNeeded: member?.interpreterNeeded ?? false,
    receivesReports: member?.receivesReports ?? kind === 'parent',
    supportRole: member?.supportRole ?? '',
    organisation: member?.organisation ?? '',
    notes: member?.notes ?? '',
  };
}

/** Optional text fields are stored only when filled in. */
function draftOf(childId: string, kind: FamilyMemberKind, values: Values): Draft<FamilyMember> {
  const text = (value: string) => value.trim() || undefined;
  return {
    childId,
    kind,
    name: values.name.trim(),
    relation: (values.relation ?? '') as Relation,
    hasParentalAuthority: values.hasParentalAuthority,
    address: text(values.address),
    phone: text(values.phone),
    email: text(values.email),
    preferredLanguage: text(values.preferredLanguage),
    preferredChannel: (values.preferredChannel ?? undefined) as ContactChannel | undefined,
    preferredMoments: text(values.preferredMoments),
    interpreterNeeded: values.interpreterNeeded,
    receivesReports: values.receivesReports,
    supportRole: kind === 'network' ? text(values.supportRole) : undefined,
    organisation: kind === 'professional' ? text(values.organisation) : undefined,
    notes: text(values.notes),
  };
}

export function FamilyMemberDrawer({
  childId,
  kind,
  member,
  opened,
  onClose,
  onSave,
}: {
  childId: string;
  kind: FamilyMemberKind;
  member?: FamilyMember;
  opened: boolean;
  onClose: () => void;
  onSave: (draft: Draft<FamilyMember>) => Promise<unknown>;
}) {
  const { t } = useTranslation(['family', 'common']);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<SaveFailure | false>(false);
  const form = useForm<Values>({
    initialValues: initial(kind, member),
    validate: (values) => validationMessages(validateFamilyMember(draftOf(childId, kind, values))),
  });
  const title = t(member ? `form.editTitle.${kind}` : `form.newTitle.${kind}`);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setFailed(false);
    try {
      await onSave(draftOf(childId, kind, values));
      notifySaved();
      onClose();
    } catch (error) {
      setFailed(saveFailureOf(error));
    } finally {
      setBusy(false);
    }
  });
  const input = (name: keyof Values) => form.getInputProps(name);
  const check = (name: keyof Values) => form.getInputProps(name, { type: 'checkbox' });

  return (
    <FormDrawer title={title} opened={opened} onClose={onClose} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <TextInput label={t('form.name')} required data-autofocus {...input('name')} />
          <Select
            label={t('form.relation')}
            required
            placeholder={t('common:choose')}
            data={RELATIONS_BY_KIND[kind].map((relation) => ({
              value: relation,
              label: t(`common:relations.${relation}`),
            }))}
            {...input('relation')}
          />
          {kind === 'network' ? (
            <TextInput
              label={t('form.supportRole')}
              description={t('form.supportRoleHint')}
              {...input('supportRole')}
            />
          ) : null}
          {kind === 'professional' ? (
            <TextInput label={t('form.organisation')} {...input('organisation')} />
          ) : null}
          <Checkbox label={t('form.hasParentalAuthority')} {...check('hasParentalAuthority')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('form.phone')} type="tel" {...input('phone')} />
            <TextInput label={t('form.email')} type="email" {...input('email')} />
          </SimpleGrid>
          <TextInput label={t('form.address')} {...input('address')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('form.preferredLanguage')} {...input('preferredLanguage')} />
            <Select
              label={t('form.preferredChannel')}
              placeholder={t('common:notFilledIn')}
              clearable
              clearButtonProps={keyboardClearButton(t('form.clearChannel'))}
              allowDeselect
              data={CONTACT_CHANNELS.map((channel) => ({
                value: channel,
                label: t(`common:channels.${channel}`),
              }))}
              {...input('preferredChannel')}
            />
          </SimpleGrid>
          <Checkbox label={t('form.interpreterNeeded')} {...check('interpreterNeeded')} />
          <TextInput
            label={t('form.preferredMoments')}
            description={t('form.preferredMomentsHint')}
            {...input('preferredMoments')}
          />
          <Checkbox label={t('form.receivesReports')} {...check('receivesReports')} />
          <Textarea label={t('form.notes')} autosize minRows={2} {...input('notes')} />
          <FormActions failed={failed} busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </FormDrawer>
  );
}
