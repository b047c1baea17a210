// What the app shell uses of the staff feature.
import { Route } from 'react-router';
import { StaffPage } from './StaffPage';

export const staffRoutes = <Route path="/staff" element={<StaffPage />} />;
export { useAssignableStaff, useStaffList } from './useStaff';
