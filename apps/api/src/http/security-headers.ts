// Security headers of every answer: helmet writes the Content-Security-Policy and the usual
// hardening headers; Permissions-Policy (which helmet leaves out) and HSTS (only over TLS) are
// written here.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** The LiveKit URL browsers connect to (ws:// or wss://), as call-join hands it out. */
  livekitUrl: string;
  /** Strict-Transport-Security max-age for answers served over TLS; 0 sends none. */
  hstsMaxAgeSeconds: number;
}

/**
 * The origins a page talks to LiveKit on: its WebSocket, and the same host over HTTP(S), which
 * livekit-client fetches to explain a failed connection.
 */
export function livekitOrigins(livekitUrl: string): string[] {
  const http = livekitUrl.replace(/^ws(s?):/, 'http$1:');
  return [new URL(livekitUrl).origin, new URL(http).origin];
}

/** Camera and microphone for the page's own origin; features the plaza never uses, off. */
const callPermissions = 'camera=(self), microphone=(self)';
const noCallPermissions = 'camera=(), microphone=()';
const neverUsed = 'geolocation=(), payment=(), usb=(), serial=(), bluetooth=()';
/** Only the officer shares a screen in a call (a form, a document); no other page may capture one. */
const screenSharePaths: readonly RegExp[] = [/^\/officer\/?$/];

/**
 * Where a call can happen in the document a path loads. A document's permissions are fixed when
 * it loads, and the citizen page moves to its ticket without reloading (history.pushState), so
 * `/` needs them as much as `/ticket/<id>`. Everything else (API answers, assets, unknown paths)
 * gets none.
 */
const callPaths: readonly RegExp[] = [/^\/$/, /^\/index\.html$/, /^\/ticket\/[^/]+\/?$/, /^\/officer\/?$/];

/** The Permissions-Policy of the document at `path`. */
export function permissionsPolicyOf(path: string): string {
  const call = callPaths.some((pattern) => pattern.test(path));
  const screen = screenSharePaths.some((pattern) => pattern.test(path))
    ? 'display-capture=(self)'
    : 'display-capture=()';
  return `${call ? callPermissions : noCallPermissions}, ${screen}, ${neverUsed}`;
}

/** Middleware writing every security header; mounted first, so errors and 404s carry them too. */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler[] {
  const withHelmet = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        // The catalogue inlined in the page is a `type="application/json"` block: data, never run.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...livekitOrigins(options.livekitUrl)],
        // The proof-of-work solver may run in a worker built from a blob.
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Written below, and only over TLS.
    strictTransportSecurity: false,
    // Pages carry a ticket id in their path; no other site needs to learn it.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  const permissionsAndTransport: RequestHandler = (request, response, next) => {
    response.setHeader('Permissions-Policy', permissionsPolicyOf(request.path));
    // `secure` believes X-Forwarded-Proto only from a proxy that `trust proxy` names.
    if (options.hstsMaxAgeSeconds > 0 && request.secure) {
      response.setHeader('Strict-Transport-Security', `max-age=${options.hstsMaxAgeSeconds}`);
    }
    next();
  };
  return [withHelmet, permissionsAndTransport];
}
