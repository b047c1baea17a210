// What the app shell uses of the family feature: the child's "Gezin en netwerk" tab.
import { Route } from 'react-router';
import { FamilyPage } from './FamilyPage';

export const familyRoute = <Route path="family" element={<FamilyPage />} />;
