// What the app shell uses of the dashboard feature. (Placeholder until the feature lands.)
import { Route } from 'react-router';

function Pending() {
  return <p>…</p>;
}

export const dashboardRoute = <Route path="/" element={<Pending />} />;
export const ChildOverviewPage = Pending;
