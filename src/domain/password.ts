// The password rule's one number, apart from its zod schema: screens that only show it need no zod.
export const MIN_PASSWORD_LENGTH = 8;
