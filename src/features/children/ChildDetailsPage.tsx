// The "details" tab: the basics of the placement, with a link to edit them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentMentor } from '../../domain/mentors';
import { formatDate } from '../../i18n/format';
import { useToday } from '../../ui/useToday';
import { useStaffList } from '../staff/useStaff';
import { HealthSchoolCard } from './HealthSchoolCard';
import { useChildFromRoute } from './useChildFromRoute';

export function ChildDetailsPage() {
  const { t, i18n } = useTranslation(['children', 'common']);
  const child = useChildFromRoute();
  const staff = useStaffList();
  const today = useToday();
  const staffName = (id?: string) => staff?.find((member) => member.id === id)?.name;
  const date = (iso?: string) => formatDate(iso, i18n.language);
  return (
    <section aria-labelledby="details-heading">
      <div className="page-header">
        <h2 id="details-heading">{t('tabs.details')}</h2>
        <Link className="button" to={`/children/${child.id}/edit`}>
          {t('edit')}
        </Link>
      </div>
      <dl className="facts">
        <dt>{t('form.birthDate')}</dt>
        <dd>{date(child.birthDate)}</dd>
        <dt>{t('form.placementStart')}</dt>
        <dd>{date(child.placementStart)}</dd>
        <dt>{t('form.placementEnd')}</dt>
        <dd>{date(child.placementEnd) || t('common:none')}</dd>
        {child.placementEndedOn ? (
          <>
            <dt>{t('form.placementEndedOn')}</dt>
            <dd>{date(child.placementEndedOn)}</dd>
          </>
        ) : null}
        <dt>{t('form.legalFramework')}</dt>
        <dd>{t(`legalFrameworks.${child.legalFramework}`)}</dd>
        <dt>{t('form.mentor')}</dt>
        <dd>{staffName(currentMentor(child, today)?.staffId) ?? t('form.noMentor')}</dd>
        <dt>{t('form.languages')}</dt>
        <dd>{child.languages.join(', ') || t('common:none')}</dd>
        <dt>{t('form.cultureNotes')}</dt>
        <dd>{child.cultureNotes || t('common:none')}</dd>
        <dt>{t('form.contactNormDays')}</dt>
        <dd>{child.contactNormDays}</dd>
        <dt>{t('form.evaluationIntervalMonths')}</dt>
        <dd>{child.evaluationIntervalMonths}</dd>
      </dl>
      <HealthSchoolCard key={child.updatedAt} child={child} />
    </section>
  );
}
