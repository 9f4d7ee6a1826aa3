import { notFound } from 'next/navigation';

/**
 * Any workspace path no screen answers (`/workspace/%61dmin/users`, a mistyped link): the
 * workspace's own 404, rendered per request inside the workspace layout like every other screen.
 */
export default function UnknownWorkspacePath(): never {
  notFound();
}
