// What the app shell uses of the contacts feature. (Placeholder until the feature lands.)
import { Route } from 'react-router';

function Pending() {
  return <p>…</p>;
}

export const contactsRoute = <Route path="contacts" element={<Pending />} />;
