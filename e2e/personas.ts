/** The demo accounts the end-to-end specs sign in as (db/seed/demo-accounts.ts). */
export const PERSONAS = {
  admin: 'admin@example.org',
  hqEditor: 'editor@example.org',
  /** The second HQ editor, whose workspace is in English. */
  deskEditor: 'editor.desk@example.org',
  regionalEditor: 'editor.americas@example.org',
  writer: 'writer.panama@example.org',
  otherWriter: 'writer.dakar@example.org',
} as const;
export type Persona = keyof typeof PERSONAS;

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'communique-demo';
export const storageStateOf = (persona: Persona) => `e2e/.auth/${persona}.json`;
