// A LiveKit server for development and tests: one node on loopback, configured from
// infra/livekit.yaml, started with a clean environment because LiveKit reads LIVEKIT_*,
// REDIS_HOST, NODE_IP and UDP_PORT as settings that would override the file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ChildExit, spawnChild } from './child';
import { isPortFree, PortInUseError } from './free-port';
import { resolveLivekitBinary } from './livekit-binary';
import { addressValues, renderTemplate, restrictMediaToHost } from './livekit-config';
import { answersOk, waitUntilReady } from './readiness';
import { repoRoot } from './repo-root';

export { resolveLivekitBinary } from './livekit-binary';

export interface StartLivekitOptions {
  /** HTTP / WebSocket signalling port. */
  port: number;
  /** ICE over TCP. */
  rtcTcpPort: number;
  /** The one UDP port that carries media. */
  udpPort: number;
  apiKey: string;
  /** At least 32 characters. */
  apiSecret: string;
  /** Where LiveKit posts its webhooks (the API's /api/livekit/webhook). */
  webhookUrl: string;
  /** Receives the effective livekit.yaml and livekit.log. */
  runDir: string;
  verbose?: boolean;
  /**
   * The IPv4 address LiveKit binds its signalling port on and advertises for media; default
   * 127.0.0.1. A weak-link test gives the host side of a network namespace's veth pair.
   */
  host?: string;
}

export interface LivekitServer {
  /** `ws://<host>:<port>` (host 127.0.0.1 by default), what clients connect to. */
  url: string;
  /** `http://<host>:<port>`, for the server SDK's REST calls. */
  httpUrl: string;
  configFile: string;
  logFile: string;
  /** Settles when the server process has exited, for whatever reason. */
  exited: Promise<ChildExit>;
  stop(): Promise<void>;
}

/** Writes the effective config into runDir, starts livekit-server and waits for `GET /` = 200 (30 s). */
export async function startLivekit(options: StartLivekitOptions): Promise<LivekitServer> {
  if (options.apiSecret.length < 32) throw new Error('LiveKit API secret must be at least 32 characters');
  if (!(await isPortFree(options.port))) throw new PortInUseError(options.port);
  const host = options.host ?? '127.0.0.1';
  const addresses = addressValues(host);
  const binary = resolveLivekitBinary();
  await mkdir(options.runDir, { recursive: true });
  const template = await readFile(join(repoRoot, 'infra/livekit.yaml'), 'utf8');
  const configFile = join(options.runDir, 'livekit.yaml');
  const rendered = renderTemplate({
    template,
    values: {
      LIVEKIT_PORT: String(options.port),
      RTC_TCP_PORT: String(options.rtcTcpPort),
      RTC_UDP_PORT: String(options.udpPort),
      API_KEY: options.apiKey,
      API_SECRET: options.apiSecret,
      WEBHOOK_URL: options.webhookUrl,
      ...addresses,
    },
  });
  // On loopback (the default) LiveKit may use every address; on another address, only that one.
  const config = options.host === undefined ? rendered : restrictMediaToHost(rendered, host);
  await writeFile(configFile, config, { mode: 0o600 });

  const logFile = join(options.runDir, 'livekit.log');
  const child = spawnChild({
    name: 'livekit',
    command: binary,
    args: ['--config', configFile],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? homedir() },
    logFile,
    verbose: options.verbose,
  });
  const httpUrl = `http://${host}:${options.port}`;
  try {
    // `GET /` answers 406 while starting and 200 "OK" once ready.
    await waitUntilReady({
      child,
      what: `livekit-server on port ${options.port}`,
      timeoutMs: 30_000,
      probe: () => answersOk(`${httpUrl}/`),
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    url: `ws://${host}:${options.port}`,
    httpUrl,
    configFile,
    logFile,
    exited: child.exited,
    stop: () => child.stop(),
  };
}
