// Types for electronAvailable.mjs (plain JavaScript so `npm start` runs without a TypeScript loader).
export function electronAvailable(probe?: () => unknown): Promise<boolean>;
