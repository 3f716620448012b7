// Fills infra/livekit.yaml's ${NAME} placeholders. Values are checked against a conservative
// character set because they land unquoted in YAML that LiveKit parses strictly.
const placeholder = /\$\{([A-Z0-9_]+)\}/g;
const safeValue = /^[A-Za-z0-9_.:/-]+$/;

export interface RenderTemplateOptions {
  template: string;
  values: Readonly<Record<string, string>>;
}

/** Replaces every `${NAME}`; throws on a placeholder without a value or an unsafe value. */
export function renderTemplate(options: RenderTemplateOptions): string {
  return options.template.replace(placeholder, (_match, name: string) => {
    const value = options.values[name];
    if (value === undefined) throw new Error(`no value for \${${name}} in the LiveKit config template`);
    if (!safeValue.test(value))
      throw new Error(`unsafe value for \${${name}} in the LiveKit config template`);
    return value;
  });
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * The template's address values: LiveKit binds its signalling port on `host` and advertises it
 * as its node address. Loopback by default; a weak-link test gives the host side of its veth pair.
 */
export function addressValues(host = '127.0.0.1'): { BIND_ADDRESS: string; NODE_IP: string } {
  if (!ipv4.test(host)) throw new Error(`LiveKit host must be an IPv4 address, got ${JSON.stringify(host)}`);
  return { BIND_ADDRESS: host, NODE_IP: host };
}

/**
 * Limits the addresses LiveKit gathers media candidates on (and so the UDP sockets its one media
 * port is served from) to `host`: for a server bound to a veth address. Without it LiveKit also
 * serves the media port on every other address of the machine, and a browser in a network
 * namespace behind the veth mostly fails to connect (checks sent, none answered; seen with
 * v1.13.5 in 4 of 4 tries, 0 of 6 with this). The config must have the template's `node_ip` line.
 */
export function restrictMediaToHost(config: string, host: string): string {
  const { NODE_IP } = addressValues(host);
  const nodeIpLine = `  node_ip: ${NODE_IP}\n`;
  if (!config.includes(nodeIpLine)) throw new Error(`the LiveKit config has no "node_ip: ${NODE_IP}" line`);
  return config.replace(nodeIpLine, `${nodeIpLine}  ips:\n    includes:\n      - ${NODE_IP}/32\n`);
}
