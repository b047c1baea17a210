// What the app shell uses of the settings feature.
import { Route } from 'react-router';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes = <Route path="/settings" element={<SettingsPage />} />;
