// What the app shell uses of the roster feature: the Rooster route, the cards on a child's family tab,
// the continuity alerts card with its hook for the dashboard, and the continuity setting's card.
import { Route } from 'react-router';
import { RosterPage } from './RosterPage';

export const rosterRoute = <Route path="/roster" element={<RosterPage />} />;
export { ContinuitySettingsCard } from './ContinuitySettingsCard';
export { ContinuityAlertsCard } from './ContinuityAlertsCard';
export { useContinuityAlerts, type ContinuityAlertsState } from './useContinuity';
export { RoleAssignmentsCard } from './RoleAssignmentsCard';
export { FamilyContinuityCard } from './FamilyContinuityCard';
