/**
 * The one door Firefox has to the network in these tests: an HTTP proxy on 127.0.0.1 that answers
 * our saved pages under their real addresses (http://canvas.instructure.com/courses/…, so the
 * extension's content-script match patterns see the real host) and refuses everything else, after
 * writing it down. HTTPS arrives as CONNECT, which is refused and written down too.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the proxy. */
export interface SeenRequest {
  method: string;
  url: string;
  /** True when a served page answered it; false when it was refused. */
  served: boolean;
  referer: string | null;
  origin: string | null;
  /** The test step running when it arrived (see {@link Proxy.step}). */
  step: string;
}

/** A running proxy. */
export interface Proxy {
  port: number;
  /** Every request so far, in order. */
  seen: SeenRequest[];
  /** Labels requests from now on, so a failure can say which check caused them. */
  step(name: string): void;
  /** Serves `body` at `url` (scheme, host and path; any query). Later calls replace earlier ones. */
  serve(url: string, body: string | Uint8Array, type?: string): void;
  close(): Promise<void>;
}

const key = (u: URL) => `${u.protocol}//${u.host}${u.pathname}`;

/** Starts the proxy on a free port of 127.0.0.1. */
export async function startProxy(): Promise<Proxy> {
  const routes = new Map<string, { body: string | Uint8Array; type: string }>();
  const seen: SeenRequest[] = [];
  let step = 'start';
  const header = (req: IncomingMessage, name: string) => {
    const v = req.headers[name];
    return typeof v === 'string' ? v : null;
  };

  const server: Server = createServer((req, res) => {
    // A proxy gets the absolute URL in the request line; anything else is not for us.
    const url = URL.canParse(req.url ?? '') ? new URL(req.url!) : null;
    const route = url ? routes.get(key(url)) : undefined;
    seen.push({ method: req.method ?? '?', url: url?.href ?? String(req.url), served: Boolean(route), referer: header(req, 'referer'), origin: header(req, 'origin'), step });
    if (!route) {
      res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
      res.end('refused by the Vantage Firefox test proxy');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
    res.end(route.body);
  });
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', url: `https://${req.url}`, served: false, referer: null, origin: null, step });
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    step(name) {
      step = name;
    },
    serve(url, body, type = 'text/html; charset=utf-8') {
      routes.set(key(new URL(url)), { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
