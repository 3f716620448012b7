// Port helpers for local servers. Asking the OS for port 0 is racy by nature (another process
// may take the port before our server binds it), so callers start their server right away.
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

/** Thrown when a port the caller insisted on is already taken. */
export class PortInUseError extends Error {
  readonly port: number;

  constructor(port: number) {
    super(`port ${port} is already in use`);
    this.name = 'PortInUseError';
    this.port = port;
  }
}

/** Returns a TCP port that is free on 127.0.0.1 right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('no port assigned')) : resolve(port)));
    });
  });
}

/** Returns a UDP port that is free on 127.0.0.1 right now (LiveKit's media port is UDP). */
export function findFreeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.unref();
    socket.once('error', reject);
    socket.bind({ port: 0, address: '127.0.0.1' }, () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

function canListen(port: number, host: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host }, () => server.close(() => resolve(true)));
  });
}

/**
 * Whether a TCP port can be listened on both on every address (where a server started with
 * `listen(port)` binds) and on loopback, so that a server already on either is noticed.
 */
export async function isPortFree(port: number): Promise<boolean> {
  return (await canListen(port, undefined)) && (await canListen(port, '127.0.0.1'));
}
