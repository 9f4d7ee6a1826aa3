export const ROLES = ['writer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Writers and editors write releases; admins run the site and read releases without changing them. */
export const writesReleases = (user: { role: Role }) => user.role !== 'admin';
