export const ROLES = ['writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
