// What the app shell uses of the goals feature: the child's "Doelen" tab.
import { Route } from 'react-router';
import { GoalsPage } from './GoalsPage';

export const goalsRoute = <Route path="goals" element={<GoalsPage />} />;
