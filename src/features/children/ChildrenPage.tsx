// The list of children in the home, newest placement first within active and ended placements.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentMentor } from '../../domain/mentors';
import { formatDate } from '../../i18n/format';
import { EmptyState } from '../../ui/components/EmptyState';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { useChildrenList } from './useChildren';

export function ChildrenPage() {
  const { t, i18n } = useTranslation(['children', 'common']);
  const children = useChildrenList();
  const staff = useStaffList();
  const today = useToday();
  const staffName = (id?: string) => staff?.find((member) => member.id === id)?.name ?? '';

  return (
    <section aria-labelledby="children-heading">
      <div className="page-header">
        <h1 id="children-heading">{t('title')}</h1>
        <Link className="button button--primary" to="/children/new">
          {t('add')}
        </Link>
      </div>
      {children === undefined ? (
        <p role="status">{t('common:loading')}</p>
      ) : children.length === 0 ? (
        <EmptyState action={<Link to="/children/new">{t('add')}</Link>}>{t('empty')}</EmptyState>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('form.name')}</th>
              <th scope="col">{t('form.birthDate')}</th>
              <th scope="col">{t('form.placementStart')}</th>
              <th scope="col">{t('form.legalFramework')}</th>
              <th scope="col">{t('form.mentor')}</th>
              <th scope="col">{t('placementState')}</th>
            </tr>
          </thead>
          <tbody>
            {children.map((child) => (
              <tr key={child.id}>
                <td>
                  <Link to={`/children/${child.id}`}>{child.name}</Link>
                </td>
                <td>{formatDate(child.birthDate, i18n.language)}</td>
                <td>{formatDate(child.placementStart, i18n.language)}</td>
                <td>{t(`legalFrameworks.${child.legalFramework}`)}</td>
                <td>{staffName(currentMentor(child, today)?.staffId)}</td>
                <td>
                  {child.placementEndedOn && child.placementEndedOn <= today ? t('ended') : t('active')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
