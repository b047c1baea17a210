// One logged contact: when, how, who, the summary and its follow-ups (tick them off when done).
import { useTranslation } from 'react-i18next';
import type { Contact, FamilyMember, StaffMember } from '../../domain/types';
import { formatDate, formatDateTime } from '../../i18n/format';
import { CheckboxField } from '../../ui/components/Field';
import { useToday } from '../../ui/useToday';
import { useContactCommands } from './useContacts';

export function ContactItem({
  contact,
  family,
  staff,
  onEdit,
}: {
  contact: Contact;
  family: FamilyMember[];
  staff: StaffMember[];
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const today = useToday();
  const { setFollowUpDone } = useContactCommands();
  const staffName = (id: string) =>
    staff.find((member) => member.id === id)?.name ?? t('common:removedPerson');
  const with_ = contact.familyMemberIds
    .map((id) => family.find((member) => member.id === id)?.name ?? t('common:removedPerson'))
    .join(', ');
  return (
    <li
      className="card"
      aria-label={t('list.itemLabel', { when: formatDateTime(contact.at, i18n.language) })}
    >
      <p>
        <strong>{formatDateTime(contact.at, i18n.language)}</strong> ·{' '}
        {t(`common:channels.${contact.channel}`)} · {staffName(contact.staffId)}
        {with_ ? ` · ${t('list.with', { names: with_ })}` : ''}
      </p>
      <p>{contact.summary}</p>
      {contact.followUps.length > 0 ? (
        <ul className="follow-ups" aria-label={t('list.followUps')}>
          {contact.followUps.map((followUp) => (
            <li key={followUp.id}>
              <CheckboxField
                label={t('list.followUp', {
                  text: followUp.text,
                  owner: staffName(followUp.ownerStaffId),
                  due: followUp.dueOn ? formatDate(followUp.dueOn, i18n.language) : t('list.noDue'),
                })}
                checked={followUp.done}
                onChange={(done) => void setFollowUpDone(contact, followUp.id, done, today)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button--subtle" onClick={onEdit}>
        {t('common:edit')}
      </button>
    </li>
  );
}
