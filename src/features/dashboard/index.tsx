// What the app shell uses of the dashboard feature: the home dashboard (the app adds the other features'
// cards, src/app/HomeDashboard.tsx) and a child's overview tab.
export { DashboardPage } from './DashboardPage';
export { ChildOverviewPage } from './ChildOverviewPage';
