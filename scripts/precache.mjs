// Writes the built site's service worker: lists every file under DIST, hashes their paths and
// contents into a cache name, and fills the template www/sw.js with both into DIST/sw.js.
// Usage: node scripts/precache.mjs DIST
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = join(root, 'www', 'sw.js');
const LIST_PLACEHOLDER = 'self.__PRECACHE__';
const NAME_PLACEHOLDER = 'self.__CACHE_NAME__';

const [dist] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node scripts/precache.mjs DIST');
  process.exit(2);
}

// Returns the paths of all files under `dir`, relative to it, with "/" separators, sorted.
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((path) => path !== 'sw.js')
    .sort();
}

// Turns a file's path into a URL relative to the site root, percent-encoding what a URL path
// cannot hold literally, so that the cached URL is the one the browser requests.
function toUrl(path) {
  return './' + path.replace(/[^\x21-\x7e]|["#%<>?`{}]/gu, (c) => encodeURIComponent(c));
}

// Replaces the one occurrence of `placeholder` in `text`, refusing a template that has it zero
// or several times. A function replacement keeps "$" in the value literal.
function replaceOnce(text, placeholder, value) {
  const count = text.split(placeholder).length - 1;
  if (count !== 1) {
    throw new Error(`${TEMPLATE}: expected ${placeholder} exactly once, found it ${count} times`);
  }
  return text.replace(placeholder, () => value);
}

const template = await readFile(TEMPLATE, 'utf8');
const files = await listFiles(dist);

// The hash covers every file's path and contents, and the template itself, each length-prefixed
// so that no two different sites can feed the hash the same bytes.
const hash = createHash('sha256');
const feed = (bytes) => {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(bytes.length));
  hash.update(length);
  hash.update(bytes);
};
let totalBytes = 0;
for (const path of files) {
  const contents = await readFile(join(dist, path));
  totalBytes += contents.length;
  feed(Buffer.from(path, 'utf8'));
  feed(contents);
}
feed(Buffer.from(template, 'utf8'));
const cacheName = `pyprep-${hash.digest('hex').slice(0, 12)}`;

const urls = ['./', ...files.map(toUrl)];
// The name goes in first, so that a file path in the list can never be taken for a placeholder.
let worker = replaceOnce(template, NAME_PLACEHOLDER, JSON.stringify(cacheName));
worker = replaceOnce(worker, LIST_PLACEHOLDER, JSON.stringify(urls, null, 2));
await writeFile(join(dist, 'sw.js'), worker);
console.log(`sw.js: ${cacheName}, ${urls.length} URLs precached, ${(totalBytes / 1024 / 1024).toFixed(1)} MB`);
