// What the app shell uses of the roster feature: the Rooster route, the cards on a child's family tab,
// and the continuity alerts card for the dashboard.
import { Route } from 'react-router';
import { RosterPage } from './RosterPage';

export const rosterRoute = <Route path="/roster" element={<RosterPage />} />;
export { useContinuityWorkCard } from './ContinuityAlertsCard';
export { RoleAssignmentsCard } from './RoleAssignmentsCard';
export { FamilyContinuityCard } from './FamilyContinuityCard';
