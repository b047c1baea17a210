// What the app uses of the school feature: the child's "School" tab, the school card on Documenten, and
// the dashboard's school card (src/app/HomeDashboard.tsx puts it on the dashboard).
import { Route } from 'react-router';
import { SchoolPage } from './SchoolPage';

export const schoolRoute = <Route path="school" element={<SchoolPage />} />;
export { SchoolCardExport } from './SchoolCardExport';
export { useSchoolWorkCard } from './useSchoolWorkCard';
