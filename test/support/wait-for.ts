// Polls until a condition holds; for outcomes that another process or a browser produces.

export async function waitFor<T>(
  read: () => Promise<T> | T,
  options: { until: (value: T) => boolean; timeoutMs?: number; what: string },
): Promise<T> {
  // Generous: only a failing run waits this long, and a loaded CI machine is slow to dispatch.
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let last: T = await read();
  while (!options.until(last)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${options.what}; last value: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = await read();
  }
  return last;
}
