// What the app shell uses of the goals feature. (Placeholder until the feature lands.)
import { Route } from 'react-router';

function Pending() {
  return <p>…</p>;
}

export const goalsRoute = <Route path="goals" element={<Pending />} />;
