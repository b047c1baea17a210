// What the app shell uses of the evaluations feature: the child's "Evaluaties" tab.
import { Route } from 'react-router';
import { EvaluationsPage } from './EvaluationsPage';

export const evaluationsRoute = <Route path="evaluations" element={<EvaluationsPage />} />;
