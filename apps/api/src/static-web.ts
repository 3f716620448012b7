// Serves the built web app; the app's own paths fall back to its index.html.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';

export function serveWebApp(app: Express, webDist: string): void {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST has no index.html: ${root}`);
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/).*/, (_request, response) => {
    response.set('Cache-Control', 'no-cache').sendFile(index);
  });
}
