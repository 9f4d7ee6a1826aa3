// The registry this project installs from serves only the Linux builds of packages that ship
// native binaries (@next/swc-*, @tailwindcss/oxide-*, …). npm then leaves the other platforms'
// optional packages out of package-lock.json, and `npm ci` refuses that lock as out of sync.
// This puts them back as optional entries, which npm skips on platforms they do not match.
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
if (!fs.existsSync(file)) process.exit(0);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version: spec.replace(/^[\^~=]/, ''), optional: true };
    added += 1;
  }
}
if (added > 0) {
  fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: added ${added} optional packages of other platforms.`);
}
