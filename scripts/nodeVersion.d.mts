// Types for nodeVersion.mjs (plain JavaScript so an old Node can run it and explain itself).
export function satisfies(version: string, range: string): boolean;
export function enginesRange(): string;
export function nodeVersionProblem(version: string, range: string): string | null;
