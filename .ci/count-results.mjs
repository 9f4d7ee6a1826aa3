// Adds up the JSON reports of every runner into the one closing line CI reads.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const read = (name) => {
  const file = path.join(dir, name);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
};

let passed = 0;
let failed = 0;
const missing = [];
for (const name of ['vitest-postgres.json', 'vitest-pglite.json', 'vitest-cluster.json']) {
  const report = read(name);
  if (!report) missing.push(name);
  else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
const e2e = read('playwright.json');
if (!e2e) missing.push('playwright.json');
else {
  const e2ePassed = e2e.stats.expected;
  const e2eFailed = e2e.stats.unexpected + e2e.stats.flaky;
  passed += e2ePassed;
  failed += e2eFailed;
  console.log(`playwright.json: ${e2ePassed} passed, ${e2eFailed} failed`);
}
for (const name of missing) console.log(`${name}: missing (that runner did not finish)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
