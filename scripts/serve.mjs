// Serves a built site on 127.0.0.1 (the same static server the end-to-end tests use).
// Usage: node scripts/serve.mjs DIR [PORT]
import { startServer } from '../tests/e2e/server.mjs';

const [root, port = '8080'] = process.argv.slice(2);
if (!root) {
  console.error('usage: node scripts/serve.mjs DIR [PORT]');
  process.exit(2);
}
const server = await startServer({ root, port: Number(port) });
console.log(`pyprep is served at ${server.url}/ (Ctrl+C stops it)`);
