// What the app shell uses of the dashboard feature: the home dashboard and a child's overview tab.
import { Route } from 'react-router';
import { DashboardPage } from './DashboardPage';

export const dashboardRoute = <Route path="/" element={<DashboardPage />} />;
export { ChildOverviewPage } from './ChildOverviewPage';
