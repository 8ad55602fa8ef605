// `npm start` runs this first: it rebuilds only when a source, config or lock file changed since the last
// build (content hash, so a fresh clone or a checkout of other commits rebuilds; a second start doesn't).
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-hash');
const inputs = ['apps', 'libs', 'package.json', 'package-lock.json', 'tsconfig.json', 'nest-cli.json'];
const skip = /(^|\/)(node_modules|dist|\.data|test|coverage)(\/|$)|\.(spec|test)\.tsx?$/;

function* files(path) {
  if (skip.test(relative(root, path))) return;
  if (statSync(path).isDirectory())
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  else yield path;
}

const hash = createHash('sha256');
for (const input of inputs) {
  const path = join(root, input);
  if (!existsSync(path)) continue;
  for (const file of files(path)) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
}
const digest = hash.digest('hex');
const built =
  existsSync(join(root, 'dist/apps/api/src/main.js')) &&
  existsSync(join(root, 'dist/web/index.html')) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === digest;

if (process.argv.includes('--stamp')) {
  // Called at the end of `npm run build`: what was just built is current.
  writeFileSync(stamp, digest);
} else if (!built) {
  console.log('Building the API and the web app…');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' }); // writes the stamp
}
