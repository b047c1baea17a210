// What the app shell uses of the family feature. (Placeholder until the feature lands.)
import { Route } from 'react-router';

function Pending() {
  return <p>…</p>;
}

export const familyRoute = <Route path="family" element={<Pending />} />;
