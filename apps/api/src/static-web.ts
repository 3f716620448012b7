// Serves the built web app: files precompressed at build time (brotli, gzip), hashed assets cached
// for good, the page rendered per request with the catalogue inlined, the app's own paths falling
// back to that page, and a 404 for any other path that names a file.
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { Catalogue } from '@vp/contract';
import type { Express, Request, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { notFoundHandler } from './http/error-handler';

export interface WebAppOptions {
  /** The built web app (apps/web/dist). */
  webDist: string;
  /** Read on every page request, so the page carries the catalogue the API serves now. */
  catalogue(): Catalogue;
}

/** The id of the page's catalogue block; apps/web/src/api/page-catalogue.ts reads it. */
const catalogueElementId = 'vp-catalogue';
/** Vite writes only content-hashed names under assets/: they never change, so never expire. */
const hashedAssetCaching = 'public, max-age=31536000, immutable';
/** Icons and the manifest keep their names across builds: browsers check again after an hour. */
const namedFileCaching = 'public, max-age=3600';
/** A path whose last segment has an extension asks for a file, not for a page of the app. */
const fileLikePath = /\.[A-Za-z0-9]{1,10}$/;

/**
 * JSON that can sit inside `<script>` without ending it: `<`, `>` and `&` are written as escapes,
 * so neither `</script>` nor `<!--` in the data can break out of the block.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Splits the built index.html where the catalogue block goes, once at start-up. */
function readPageTemplate(indexFile: string): (catalogue: Catalogue) => string {
  const html = readFileSync(indexFile, 'utf8');
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error(`${indexFile} has no </body> to put the catalogue before`);
  const [before, after] = [html.slice(0, at), html.slice(at)];
  // Not executed (type application/json), so a Content-Security-Policy without inline scripts allows it.
  return (catalogue) =>
    `${before}<script type="application/json" id="${catalogueElementId}">${toScriptJson(catalogue)}</script>\n${after}`;
}

function setCacheHeaders(root: string) {
  return (response: ServerResponse, path: string) => {
    const hashed = relative(root, path).startsWith(`assets${sep}`);
    response.setHeader('Cache-Control', hashed ? hashedAssetCaching : namedFileCaching);
  };
}

/** Serves the web app from the root of `app`; mounted after the /api routes, which it leaves alone. */
export function serveWebApp(app: Express, options: WebAppOptions): void {
  const root = resolve(options.webDist);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`WEB_DIST has no index.html: ${root}`);
  const renderPage = readPageTemplate(indexFile);
  // Revalidated on every visit (the ETag makes that a 304 when nothing changed); compressed on
  // the fly by the compression middleware, since the catalogue in it is live.
  const sendPage: RequestHandler = (_request, response) => {
    response.set('Cache-Control', 'no-cache').type('html').send(renderPage(options.catalogue()));
  };

  // Before the static files, so that index.html is never served without its catalogue.
  app.get(['/', '/index.html'], sendPage);
  app.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      // Brotli is some 15 % smaller than gzip on our bundles; the client's own order comes next.
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, setHeaders: setCacheHeaders(root) },
    }),
  );
  app.get(/^\/(?!api\/).*/, (request: Request, response, next) => {
    if (fileLikePath.test(request.path)) notFoundHandler(request, response, next);
    else sendPage(request, response, next);
  });
}
