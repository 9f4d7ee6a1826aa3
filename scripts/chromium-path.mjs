// Prints the Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's, else the Chromium
// shipped inside the @sparticuz/chromium npm package (a devDependency), unpacked on first use under
// the system's temporary folder. So `npm install && npm test` needs nothing installed beforehand.
import fs from 'node:fs';

export async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await chromiumPath());
