// A TCP proxy for browser tests that can "freeze": every connection through it stays open but
// carries nothing, in either direction, as when a phone's mobile data silently stops. New
// connections made while frozen are accepted and frozen too. Unfreezing lets the held bytes (and
// any close that happened meanwhile) through, as a network that comes back does.
import { connect as connectTcp, createServer, type Server, type Socket } from 'node:net';

export interface FreezableProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  freeze(): void;
  unfreeze(): void;
  readonly frozen: boolean;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port in front of `targetPort` on 127.0.0.1. */
export async function startFreezableProxy(targetPort: number): Promise<FreezableProxy> {
  const sockets = new Set<Socket>();
  let frozen = false;

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A paused socket reads nothing, so it neither forwards data nor notices the far end's close.
    if (frozen) socket.pause();
  };

  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk) => to.write(chunk));
    from.on('end', () => to.end());
    from.on('error', () => to.destroy());
    from.on('close', () => to.destroy());
  };

  const server: Server = createServer((client) => {
    const upstream = connectTcp({ host: '127.0.0.1', port: targetPort });
    track(client);
    track(upstream);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');

  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    get frozen() {
      return frozen;
    },
    freeze() {
      frozen = true;
      for (const socket of sockets) socket.pause();
    },
    unfreeze() {
      frozen = false;
      for (const socket of sockets) socket.resume();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
