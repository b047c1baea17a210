// The coordinator's staff list: add, edit, remove, and hand out one-time codes for (first) sign-in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endsAccessNow } from '../../domain/staffAccess';
import type { StaffMember } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { Dialog } from '../../ui/components/ConfirmDialog';
import { EmptyState } from '../../ui/components/EmptyState';
import { useToday } from '../../ui/useToday';
import { RemoveStaffDialog } from './RemoveStaffDialog';
import { StaffForm } from './StaffForm';
import { useStaffAccess, useStaffCommands, useStaffList } from './useStaff';

type Editing = { mode: 'new' } | { mode: 'edit'; staff: StaffMember } | null;

export function StaffPage() {
  const { t, i18n } = useTranslation(['staff', 'common']);
  const staff = useStaffList();
  const access = useStaffAccess();
  const commands = useStaffCommands();
  const today = useToday();
  const [editing, setEditing] = useState<Editing>(null);
  const [code, setCode] = useState<{ name: string; code: string } | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);

  return (
    <section aria-labelledby="staff-heading">
      <div className="page-header">
        <h1 id="staff-heading">{t('title')}</h1>
        <button type="button" className="button--primary" onClick={() => setEditing({ mode: 'new' })}>
          {t('add')}
        </button>
      </div>
      {editing ? (
        <StaffForm
          key={editing.mode === 'edit' ? editing.staff.id : 'new'}
          initial={editing.mode === 'edit' ? editing.staff : undefined}
          isSelf={editing.mode === 'edit' && editing.staff.id === commands.signedInStaffId}
          onCancel={() => setEditing(null)}
          onSubmit={async (draft) => {
            if (editing.mode === 'edit') {
              await commands.update(editing.staff.id, draft);
            } else {
              const result = await commands.add(draft);
              setCode({ name: result.staff.name, code: result.oneTimeCode });
            }
            setEditing(null);
          }}
        />
      ) : null}
      {staff === undefined ? (
        <p role="status">{t('common:loading')}</p>
      ) : staff.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('form.name')}</th>
              <th scope="col">{t('form.role')}</th>
              <th scope="col">{t('form.activeFrom')}</th>
              <th scope="col">{t('form.activeTo')}</th>
              <th scope="col">{t('access')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common:actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id}>
                <td>{member.name}</td>
                <td>{t(`roles.${member.role}`)}</td>
                <td>{formatDate(member.activeFrom, i18n.language)}</td>
                <td>{formatDate(member.activeTo, i18n.language)}</td>
                <td>{t(`accessStates.${access?.get(member.id) ?? 'none'}`)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button--subtle"
                    onClick={() => setEditing({ mode: 'edit', staff: member })}
                    aria-label={t('editFor', { name: member.name })}
                  >
                    {t('common:edit')}
                  </button>
                  {/* A code for yourself would replace your own password: change that under Instellingen.
                      Someone whose access has ended gets a code only after their end date is changed. */}
                  {member.id !== commands.signedInStaffId && !endsAccessNow(member, today) ? (
                    <button
                      type="button"
                      className="button--subtle"
                      onClick={async () =>
                        setCode({ name: member.name, code: await commands.resetAccess(member) })
                      }
                      aria-label={t('newCodeFor', { name: member.name })}
                    >
                      {t('newCode')}
                    </button>
                  ) : null}
                  {member.id !== commands.signedInStaffId && access?.has(member.id) ? (
                    <button
                      type="button"
                      className="button--subtle"
                      onClick={() => setRemoving(member)}
                      aria-label={t('removeFor', { name: member.name })}
                    >
                      {t('remove')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RemoveStaffDialog
        member={removing}
        onClose={() => setRemoving(null)}
        onConfirm={(member) => commands.remove(member.id)}
      />
      <Dialog title={t('codeDialog.title')} open={code !== null} onClose={() => setCode(null)}>
        {code ? (
          <>
            <p>{t('codeDialog.intro', { name: code.name })}</p>
            <p className="recovery-key">
              <code data-testid="one-time-code">{code.code}</code>
            </p>
            <p>{t('codeDialog.once')}</p>
            <div className="actions">
              <button type="button" className="button--primary" onClick={() => setCode(null)} autoFocus>
                {t('common:close')}
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}
