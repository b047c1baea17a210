// What the app uses of the school feature: the child's "School" tab, the school card on Documenten, and
// the dashboard card with its hook (the lead wires the card into the dashboard).
import { Route } from 'react-router';
import { SchoolPage } from './SchoolPage';

export const schoolRoute = <Route path="school" element={<SchoolPage />} />;
export { SchoolCardExport } from './SchoolCardExport';
export { SchoolDashboardCard } from './SchoolDashboardCard';
export { useSchoolDashboard } from './useSchool';
