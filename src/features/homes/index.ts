// What the app shell uses of the homes feature.
export { WelcomePage } from './WelcomePage';
export { RecoveryKeyPanel } from './RecoveryKeyPanel';
