// What the app shell uses of the children feature: the list and a child's pages with their tabs.
import { Route } from 'react-router';
import { agreementsRoute } from '../agreements';
import { contactsRoute } from '../contacts';
import { ChildOverviewPage } from '../dashboard';
import { evaluationsRoute } from '../evaluations';
import { documentsRoute } from '../exports';
import { familyRoute } from '../family';
import { goalsRoute } from '../goals';
import { reportsRoute } from '../reports';
import { schoolRoute } from '../school';
import { ChildDetailsPage } from './ChildDetailsPage';
import { EditChildPage, NewChildPage } from './ChildEditPages';
import { ChildLayout } from './ChildLayout';
import { ChildrenPage } from './ChildrenPage';

export const childrenRoutes = [
  <Route key="list" path="/children" element={<ChildrenPage />} />,
  <Route key="new" path="/children/new" element={<NewChildPage />} />,
  <Route key="child" path="/children/:childId" element={<ChildLayout />}>
    <Route index element={<ChildOverviewPage />} />
    {familyRoute}
    {agreementsRoute}
    {goalsRoute}
    {contactsRoute}
    {evaluationsRoute}
    {reportsRoute}
    {schoolRoute}
    {documentsRoute}
    <Route path="details" element={<ChildDetailsPage />} />
    <Route path="edit" element={<EditChildPage />} />
  </Route>,
];
export { useChildrenList } from './useChildren';
