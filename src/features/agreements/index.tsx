// What the app shell uses of the agreements feature: the child's "Afspraken" tab.
import { Route } from 'react-router';
import { AgreementsPage } from './AgreementsPage';

export const agreementsRoute = <Route path="agreements" element={<AgreementsPage />} />;
