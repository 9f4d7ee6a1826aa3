// Next's route modules, on every request to a dynamic route (/[locale]/news/[slug], /[locale]),
// rebuild the same route regexes and matchers from the route's constant page path in
// `getServerUtils`: about a tenth of the CPU of serving a trivial dynamic route handler
// (docs/architecture.md, "Portal caching"). This keeps the first result on the route module.
// The change is to Next's prebuilt runtimes, each one minified line of several hundred kB, which
// patch-package would copy whole into a patch; so it is made here, after patch-package, on install.
// It fails the install when Next's code no longer has the expected shape, rather than skip it.
// Webpack's build cache takes node_modules as unchanging: after an install, which may have changed
// Next's patched files, it is cleared, so that the next build compiles what is installed.
import fs from 'node:fs';

const RUNTIMES = ['app-route.runtime.prod.js', 'app-page.runtime.prod.js'];
const APPLIED = 'this.__serverUtils||(this.__serverUtils=';
// `x=function({page:e,…,caseSensitive:o}){…}({page:…,caseSensitive:!!m.caseSensitive})`: the
// minifier inlined getServerUtils into RouteModule.prepare as a call of a function expression.
const CALL_START =
  /([A-Za-z_$][\w$]*)=function\(\{page:e,i18n:t,basePath:r,rewrites:n,pageIsDynamic:i,trailingSlash:[\w$]+,caseSensitive:o\}\)\{/g;
const CALL_END =
  /\}\(\{page:[\w$]+,i18n:[\w$]+,basePath:[\w$]+,rewrites:[\w$]+,pageIsDynamic:[\w$]+,trailingSlash:process\.env\.__NEXT_TRAILING_SLASH,caseSensitive:!![\w$]+\.caseSensitive\}\)/g;

fs.rmSync(new URL('../.next/cache/webpack', import.meta.url), { recursive: true, force: true });

const folder = new URL('../node_modules/next/dist/compiled/next-server/', import.meta.url);
if (!fs.existsSync(folder)) process.exit(0);

for (const runtime of RUNTIMES) {
  const file = new URL(runtime, folder);
  const code = fs.readFileSync(file, 'utf8');
  if (code.includes(APPLIED)) continue;
  const starts = [...code.matchAll(CALL_START)];
  if (starts.length !== 1) throw new Error(`${runtime}: getServerUtils found ${starts.length} times, expected once`);
  const [start] = starts;
  CALL_END.lastIndex = start.index;
  const end = CALL_END.exec(code);
  if (!end) throw new Error(`${runtime}: the end of the getServerUtils call was not found`);
  const afterCall = end.index + end[0].length;
  const variable = start[1];
  const memoized = `${variable}=${APPLIED}${code.slice(start.index + variable.length + 1, afterCall)})`;
  fs.writeFileSync(file, code.slice(0, start.index) + memoized + code.slice(afterCall));
}
