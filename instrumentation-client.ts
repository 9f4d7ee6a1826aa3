import { z } from 'zod';

// Zod compiles object schemas with `new Function` where it may, and first tries whether it may. The
// workspace's policy allows no eval, so that probe would be reported as a violation on every page
// that checks a form in the browser: the browser's schemas run without compiling instead.
z.config({ jitless: true });
