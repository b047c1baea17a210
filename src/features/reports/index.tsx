// What the app shell uses of the reports feature: the child's "Rapportages" tab and the dashboard card.
import { Route } from 'react-router';
import { ReportsPage } from './ReportsPage';

export const reportsRoute = <Route path="reports" element={<ReportsPage />} />;
export { ReportsAwaitingCard } from './ReportsAwaitingCard';
export { useReportsAwaiting } from './useReports';
export { ReportSettingsCard } from './ReportSettingsCard';
