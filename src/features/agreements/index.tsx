// What the app shell uses of the agreements feature. (Placeholder until the feature lands.)
import { Route } from 'react-router';

function Pending() {
  return <p>…</p>;
}

export const agreementsRoute = <Route path="agreements" element={<Pending />} />;
