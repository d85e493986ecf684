// A tiny static file server for the browser tests: it serves the built site (and extra
// directories under URL prefixes, such as the e2e pack under /extra/) on 127.0.0.1 with the
// MIME types the app needs, so that the tests need no dependency beyond Node.js itself.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

// The content type of each file extension the site uses; anything else is sent as bytes.
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Returns the content type for a file name, by its extension. */
export function mimeType(file) {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// Maps a decoded URL path to a file inside `base`, or null when the path would leave it.
function fileInside(base, relativePath) {
  const root = resolve(base);
  const file = resolve(root, `.${sep}${relativePath}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

// Finds the file a URL path names: the longest matching `extra` prefix wins, else the site root.
// A directory is answered with its index.html.
async function locate(pathname, root, extra) {
  let base = root;
  let rest = pathname;
  const prefixes = Object.keys(extra).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (pathname.startsWith(prefix)) {
      base = extra[prefix];
      rest = pathname.slice(prefix.length);
      break;
    }
  }
  let file = fileInside(base, rest);
  if (!file) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * Starts a static server on 127.0.0.1, on `port` (default 0: a free port).
 * `root` is the directory served at "/"; `extra` maps URL prefixes ending in "/" (such as
 * "/extra/") to further directories. Every answer carries `Cache-Control: no-cache`; a missing
 * file is a 404. Resolves to `{ url, close() }`, where `url` has no trailing slash and `close()`
 * stops the server and drops every open connection.
 */
export async function startServer({ root, extra = {}, port = 0 }) {
  const server = createServer(async (request, response) => {
    const headers = { 'Cache-Control': 'no-cache' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { ...headers, 'Content-Type': 'text/plain' }).end('bad request\n');
      return;
    }
    const found = await locate(pathname, root, extra);
    if (!found) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end(`not found: ${pathname}\n`);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': mimeType(found.file), 'Content-Length': found.size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', resolveListen);
  });
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolveClose) => {
      server.close(() => resolveClose());
      server.closeAllConnections();
    }),
  };
}
