// The home dashboard as one work queue: the dashboard's own cards plus those other features add
// (reports waiting for a reaction, school, continuity). Composed here, as features do not know each other.
import { DashboardPage } from '../features/dashboard';
import { useReportsWorkCard } from '../features/reports';
import { useContinuityWorkCard } from '../features/roster';
import { useSchoolWorkCard } from '../features/school';
import { useToday } from '../ui/useToday';

export function HomeDashboard() {
  const today = useToday();
  const reports = useReportsWorkCard(today);
  const school = useSchoolWorkCard(today);
  const continuity = useContinuityWorkCard(today);
  return <DashboardPage featureCards={[reports, school, continuity]} />;
}
