// What the app shell uses of the contacts feature: the child's "Contact" tab.
import { Route } from 'react-router';
import { ContactsPage } from './ContactsPage';

export const contactsRoute = <Route path="contacts" element={<ContactsPage />} />;
