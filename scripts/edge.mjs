// Starts Varnish in front of running app instances, with deploy/varnish/communique.vcl:
//   EDGE_PURGE_SECRET=… npm run edge [-- --listen 127.0.0.1:6081] [--admin 127.0.0.1:6082]
//     [--backend 127.0.0.1:3000 …] [--purge-from 127.0.0.1 …] [--storage 256m]
// Each option may also come from the environment (EDGE_LISTEN, EDGE_ADMIN, EDGE_BACKENDS and
// EDGE_PURGE_FROM, comma-separated, EDGE_STORAGE). The apps purge it when started with
// EDGE_PURGE_URLS=http://<listen> and the same EDGE_PURGE_SECRET. Ctrl-C stops it; its cache lives
// in memory, so it starts empty every time.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const VCL_DIR = path.resolve(import.meta.dirname, '..', 'deploy', 'varnish');
const ADDRESS = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
// What may sit in the VCL string holding an address (no quote, brace or newline can reach it).
const ACL_ENTRY = /^[0-9a-fA-F.:]+(?:\/\d{1,3})?$/;
const SECRET = /^[A-Za-z0-9._~+/=-]{16,256}$/;

const list = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);

function fail(message) {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    listen: { type: 'string' },
    admin: { type: 'string' },
    backend: { type: 'string', multiple: true },
    'purge-from': { type: 'string', multiple: true },
    storage: { type: 'string' },
  },
});
const listen = values.listen ?? process.env.EDGE_LISTEN ?? '127.0.0.1:6081';
const admin = values.admin ?? process.env.EDGE_ADMIN ?? '127.0.0.1:6082';
const backends = values.backend ?? list(process.env.EDGE_BACKENDS ?? '127.0.0.1:3000');
const purgers = values['purge-from'] ?? list(process.env.EDGE_PURGE_FROM ?? '127.0.0.1,::1');
const storage = values.storage ?? process.env.EDGE_STORAGE ?? '256m';
const secret = process.env.EDGE_PURGE_SECRET ?? '';

const varnishd = ['/usr/sbin', ...(process.env.PATH ?? '').split(':')]
  .map((dir) => path.join(dir, 'varnishd'))
  .find((candidate) => fs.existsSync(candidate));
if (!varnishd) fail('varnishd is not installed: apt-get install varnish varnish-modules');
if (!SECRET.test(secret)) {
  fail(
    'EDGE_PURGE_SECRET must hold 16 to 256 letters, digits or ._~+/=- (e.g. `openssl rand -hex 32`);\n' +
      'the app instances purge this edge with the same value (and EDGE_PURGE_URLS=http://' +
      listen +
      ').',
  );
}
for (const address of [listen, admin, ...backends]) {
  if (!ADDRESS.test(address)) fail(`Not a host:port address: ${address}`);
}
for (const entry of purgers) {
  if (!ACL_ENTRY.test(entry)) fail(`Not an IP address or network: ${entry}`);
}
if (!/^\d+[kmgt]?$/i.test(storage)) fail(`Not a size: ${storage}`);

/** The site part of the VCL: backends, the round-robin director `app`, the purgers' ACL. */
function siteVcl(backendAddresses, purgerEntries) {
  const split = (address) => {
    const at = address.lastIndexOf(':');
    return { host: address.slice(0, at).replace(/^\[|\]$/g, ''), port: address.slice(at + 1) };
  };
  const declared = backendAddresses.map((address, index) => {
    const { host, port } = split(address);
    return `backend app_${index + 1} {\n    .host = "${host}";\n    .port = "${port}";\n    .probe = communique_health;\n}\n`;
  });
  const added = backendAddresses.map((_, index) => `    app.add_backend(app_${index + 1});`).join('\n');
  const acl = purgerEntries
    .map((entry) => {
      const [address, bits] = entry.split('/');
      return bits ? `    "${address}"/${bits};` : `    "${address}";`;
    })
    .join('\n');
  return `# Written by npm run edge (scripts/edge.mjs) for this run.\n${declared.join('\n')}
sub vcl_init {
    new app = directors.round_robin();
${added}
}

acl edge_purgers {
${acl}
}
`;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-edge-'));
fs.writeFileSync(path.join(workDir, 'communique-site.vcl'), siteVcl(backends, purgers));
fs.writeFileSync(path.join(workDir, 'admin-secret'), randomBytes(32).toString('hex'), { mode: 0o600 });
const args = [
  '-F',
  '-j',
  'none',
  '-n',
  path.join(workDir, 'instance'),
  '-a',
  listen,
  '-T',
  admin,
  '-S',
  path.join(workDir, 'admin-secret'),
  '-p',
  `vcl_path=${workDir}:${VCL_DIR}`,
  '-f',
  'communique.vcl',
  '-s',
  `malloc,${storage}`,
];

// Compiling first turns a VCL mistake into a clear message instead of a child that never starts.
// `-j none`: varnishd runs as the caller, who alone may read the work folder (it holds the admin secret).
const check = spawnSync(
  varnishd,
  [
    '-C',
    '-j',
    'none',
    '-p',
    `vcl_path=${workDir}:${VCL_DIR}`,
    '-f',
    'communique.vcl',
    '-n',
    path.join(workDir, 'check'),
  ],
  { encoding: 'utf8' },
);
if (check.status !== 0) {
  fs.rmSync(workDir, { recursive: true, force: true });
  fail(`The VCL does not compile:\n${check.stderr}`);
}

const child = spawn(varnishd, args, {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, EDGE_PURGE_SECRET: secret },
});
console.log(
  `Edge (Varnish) on http://${listen} in front of ${backends.map((backend) => `http://${backend}`).join(', ')}; ` +
    `purges accepted from ${purgers.join(', ')}. Ctrl-C stops it.`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGTERM');
  });
}
child.on('exit', (code, signal) => {
  fs.rmSync(workDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
