// One group of the family page (parents, network or professionals): list, add, edit, remove.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyMember, FamilyMemberKind } from '../../domain/types';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { EmptyState } from '../../ui/components/EmptyState';
import { FamilyMemberForm } from './FamilyMemberForm';
import { useFamilyCommands } from './useFamily';

export function FamilyGroup({
  childId,
  kind,
  members,
}: {
  childId: string;
  kind: FamilyMemberKind;
  members: FamilyMember[];
}) {
  const { t } = useTranslation(['family', 'common']);
  const commands = useFamilyCommands();
  const [editing, setEditing] = useState<FamilyMember | 'new' | null>(null);
  const [removing, setRemoving] = useState<FamilyMember | null>(null);
  const headingId = `family-${kind}`;

  return (
    <section aria-labelledby={headingId}>
      <div className="page-header">
        <h3 id={headingId}>{t(`groups.${kind}`)}</h3>
        <button type="button" onClick={() => setEditing('new')}>
          {t(`add.${kind}`)}
        </button>
      </div>
      {editing ? (
        <FamilyMemberForm
          key={editing === 'new' ? 'new' : editing.id}
          childId={childId}
          kind={kind}
          member={editing === 'new' ? undefined : editing}
          onSave={(draft) => commands.save(editing === 'new' ? undefined : editing, draft)}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {members.length === 0 ? (
        <EmptyState>{t(`empty.${kind}`)}</EmptyState>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('form.name')}</th>
              <th scope="col">{t('form.relation')}</th>
              <th scope="col">{t('table.authority')}</th>
              <th scope="col">{t('table.reach')}</th>
              <th scope="col">{t('table.language')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common:actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td>
                  {member.name}
                  {member.supportRole || member.organisation ? (
                    <div className="hint">{member.supportRole ?? member.organisation}</div>
                  ) : null}
                </td>
                <td>{t(`common:relations.${member.relation}`)}</td>
                <td>{member.hasParentalAuthority ? t('table.hasAuthority') : t('table.noAuthority')}</td>
                <td>
                  {[member.phone, member.email].filter(Boolean).join(' · ')}
                  {member.preferredChannel ? (
                    <div className="hint">
                      {t('table.prefers', { channel: t(`common:channels.${member.preferredChannel}`) })}
                    </div>
                  ) : null}
                </td>
                <td>
                  {member.preferredLanguage}
                  {member.interpreterNeeded ? (
                    <div className="status status--due">{t('table.interpreter')}</div>
                  ) : null}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button--subtle"
                    onClick={() => setEditing(member)}
                    aria-label={t('editFor', { name: member.name })}
                  >
                    {t('common:edit')}
                  </button>
                  <button
                    type="button"
                    className="button--subtle"
                    onClick={() => setRemoving(member)}
                    aria-label={t('removeFor', { name: member.name })}
                  >
                    {t('common:delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog title={t('removeDialog.title')} open={removing !== null} onClose={() => setRemoving(null)}>
        {removing ? (
          <>
            <p>{t('removeDialog.text', { name: removing.name })}</p>
            <div className="actions">
              <button
                type="button"
                className="button--danger"
                onClick={async () => {
                  await commands.remove(removing.id);
                  setRemoving(null);
                }}
              >
                {t('removeDialog.confirm')}
              </button>
              <button type="button" onClick={() => setRemoving(null)} autoFocus>
                {t('common:cancel')}
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}
