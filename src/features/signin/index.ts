// What the app shell uses of the sign-in feature (loaded apart from the welcome screen, with the full styles).
import '../../ui/design/allStyles';

export { SignInPage } from './SignInPage';
export { SetPasswordPage } from './SetPasswordPage';
export { MigrationPage } from './MigrationPage';
