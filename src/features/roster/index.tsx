// What the app shell uses of the roster feature: the Rooster route, the cards on a child's family tab,
// the continuity work card for the dashboard, and the continuity setting's card.
import { Route } from 'react-router';
import { RosterPage } from './RosterPage';

export const rosterRoute = <Route path="/roster" element={<RosterPage />} />;
export { useContinuityWorkCard } from './ContinuityAlertsCard';
export { ContinuitySettingsCard } from './ContinuitySettingsCard';
export { RoleAssignmentsCard } from './RoleAssignmentsCard';
export { FamilyContinuityCard } from './FamilyContinuityCard';
