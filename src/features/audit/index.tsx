// What the app shell uses of the audit feature.
import { Route } from 'react-router';
import { AuditPage } from './AuditPage';

export const auditRoutes = <Route path="/audit" element={<AuditPage />} />;
