// What the app shell uses of the exports feature: the child's "Documenten" tab.
import { Route } from 'react-router';
import { DocumentsPage } from './DocumentsPage';

export const documentsRoute = <Route path="documents" element={<DocumentsPage />} />;
