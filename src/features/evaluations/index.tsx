// What the app shell uses of the evaluations feature. (Placeholder until the feature lands.)
import { Route } from 'react-router';

function Pending() {
  return <p>…</p>;
}

export const evaluationsRoute = <Route path="evaluations" element={<Pending />} />;
