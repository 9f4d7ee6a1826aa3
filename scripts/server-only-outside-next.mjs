// Loaded with `node --import` by the scripts that run the DAL outside Next (the worker, benchmarks).
// Next's server bundles resolve `server-only` to an empty module. Plain Node resolves it to one that
// throws, and `--conditions react-server` (which would pick the empty one) also picks React's server
// build, which lacks the client APIs that next/navigation and next-intl load at import. So these
// scripts keep Node's default conditions and resolve `server-only` alone to an empty module.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
