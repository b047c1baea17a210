// What the app shell uses of the sign-in feature. It is part of the start-up scripts: locking must show
// the sign-in screen at once, even while a sleeping laptop's timers are still frozen.
export { SignInPage } from './SignInPage';
export { SetPasswordPage } from './SetPasswordPage';
export { MigrationPage } from './MigrationPage';
