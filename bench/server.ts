/**
 * The benchmark's static server, on 127.0.0.1: the built app from dist/, with /data/ taken
 * from the dataset under test, and the bare vis-timeline page under /bare/. No compression
 * (sizes are reported from the files) and no caching (every load is a first visit).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { transpileForBrowser } from './browser-code.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BenchServer {
  origin: string;
  /** Serves this directory as /data/ from now on. */
  setDataDir: (dir: string) => void;
  close: () => Promise<void>;
}

export interface ServerOptions {
  port: number;
  distDir: string;
  bareDir: string;
  /** vis-timeline's package directory, for the standalone build and its CSS. */
  visTimelineDir: string;
}

/** Maps a URL path to a file, or null when it is outside every served root. */
export function resolveRequest(
  urlPath: string,
  roots: { dist: string; data: string | null; bare: string; visTimeline: string },
): { file: string; transpile: boolean } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const normal = path.posix.normalize(decoded);
  if (!normal.startsWith('/') || normal.includes('\0')) return null;
  const inside = (root: string, rest: string) => {
    const file = path.join(root, rest);
    return file === root || file.startsWith(root + path.sep) ? file : null;
  };
  const wrap = (file: string | null, transpile = false) => (file ? { file, transpile } : null);

  if (normal.startsWith('/data/'))
    return roots.data ? wrap(inside(roots.data, normal.slice(6))) : null;
  if (normal === '/bare/vis-timeline-graph2d.min.js')
    return wrap(path.join(roots.visTimeline, 'standalone/umd/vis-timeline-graph2d.min.js'));
  if (normal === '/bare/vis-timeline-graph2d.min.css')
    return wrap(path.join(roots.visTimeline, 'styles/vis-timeline-graph2d.min.css'));
  if (normal === '/bare/' || normal === '/bare') return wrap(path.join(roots.bare, 'index.html'));
  if (normal.startsWith('/bare/')) {
    const rest = normal.slice(6);
    return wrap(inside(roots.bare, rest), rest.endsWith('.ts'));
  }
  return wrap(inside(roots.dist, normal === '/' ? 'index.html' : normal.slice(1)));
}

export async function startServer(options: ServerOptions): Promise<BenchServer> {
  let dataDir: string | null = null;
  const roots = () => ({
    dist: path.resolve(options.distDir),
    data: dataDir,
    bare: path.resolve(options.bareDir),
    visTimeline: path.resolve(options.visTimelineDir),
  });

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const target = resolveRequest(url.pathname, roots());
    const fail = (status: number) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${status}\n`);
    };
    if (!target || (request.method !== 'GET' && request.method !== 'HEAD')) return fail(404);
    const headers = (type: string) => ({ 'Content-Type': type, 'Cache-Control': 'no-store' });
    if (target.transpile) {
      transpileForBrowser(target.file).then(
        (code) => {
          response.writeHead(200, headers(TYPES['.js']!));
          response.end(code);
        },
        () => fail(404),
      );
      return;
    }
    stat(target.file).then(
      (s) => {
        if (!s.isFile()) return fail(404);
        const type = TYPES[path.extname(target.file)] ?? 'application/octet-stream';
        response.writeHead(200, { ...headers(type), 'Content-Length': s.size });
        if (request.method === 'HEAD') return response.end();
        createReadStream(target.file).pipe(response);
      },
      () => fail(404),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${options.port}`,
    setDataDir: (dir) => {
      dataDir = path.resolve(dir);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
