// The documented password of every demo staff member (the sign-in screen shows it for the demo home).
export const DEMO_PASSWORD = 'demo-wachtwoord';
