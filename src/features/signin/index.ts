// What the app shell uses of the sign-in feature.
export { SignInPage } from './SignInPage';
export { SetPasswordPage } from './SetPasswordPage';
export { MigrationPage } from './MigrationPage';
