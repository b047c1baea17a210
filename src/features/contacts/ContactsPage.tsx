// The "Contact" tab: the contact norm and its status, logging a contact, and the log newest first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../domain/types';
import { EmptyState } from '../../ui/components/EmptyState';
import { useChildFromRoute } from '../children/useChildFromRoute';
import { useFamilyMembers } from '../family/useFamily';
import { useStaffList } from '../staff/useStaff';
import { ContactForm } from './ContactForm';
import { ContactItem } from './ContactItem';
import { ContactNormCard } from './ContactNormCard';
import { useContactCommands, useContacts } from './useContacts';

export function ContactsPage() {
  const { t } = useTranslation(['contacts', 'common']);
  const child = useChildFromRoute();
  const contacts = useContacts(child.id);
  const family = useFamilyMembers(child.id);
  const staff = useStaffList();
  const { save, signedInStaffId } = useContactCommands();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  if (!contacts || !family || !staff) return <p role="status">{t('common:loading')}</p>;

  return (
    <section aria-labelledby="contacts-heading">
      <div className="page-header">
        <h2 id="contacts-heading">{t('title')}</h2>
        <button type="button" className="button--primary" onClick={() => setEditing('new')}>
          {t('add')}
        </button>
      </div>
      <ContactNormCard key={child.contactNormDays} child={child} contacts={contacts} />
      {editing ? (
        <ContactForm
          key={editing === 'new' ? 'new' : editing.id}
          childId={child.id}
          contact={editing === 'new' ? undefined : editing}
          family={family}
          signedInStaffId={signedInStaffId}
          onSave={(draft) => save(editing === 'new' ? undefined : editing, draft)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {contacts.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="contact-list" aria-label={t('list.title')}>
          {contacts.map((contact) => (
            <ContactItem
              key={contact.id}
              contact={contact}
              family={family}
              staff={staff}
              onEdit={() => setEditing(contact)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
