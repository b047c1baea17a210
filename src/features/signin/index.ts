// What the app shell uses of the sign-in feature (the update and new-password screens load after a sign-in).
export { SignInPage } from './SignInPage';
export { SetPasswordPage } from './SetPasswordPage';
export { MigrationPage } from './MigrationPage';
