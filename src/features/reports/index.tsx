// What the app shell uses of the reports feature: the child's "Rapportages" tab and the dashboard card.
import { Route } from 'react-router';
import { ReportsPage } from './ReportsPage';

export const reportsRoute = <Route path="reports" element={<ReportsPage />} />;
export { useReportsWorkCard } from './useReportsWorkCard';
export { ReportSettingsCard } from './ReportSettingsCard';
