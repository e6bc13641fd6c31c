/**
 * A small WebDriver BiDi client for Firefox's built-in remote agent: one promise per command id,
 * event listeners and waiters, nothing else. Playwright's Firefox is a patched build that cannot
 * be downloaded here and cannot load extensions; the Firefox people actually run speaks BiDi.
 */

/** A BiDi command failed: the remote end's error code and message. */
export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    message: string,
  ) {
    super(`${method}: ${code}: ${message}`);
  }
}

type Pending = { method: string; resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> };
type Listener = (params: Record<string, unknown>) => void;

/** One BiDi session over one WebSocket. */
export class Bidi {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed: Error | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (event) => this.onMessage(String(event.data)));
    ws.addEventListener('close', () => this.fail(new Error('BiDi connection closed')));
    ws.addEventListener('error', () => this.fail(new Error('BiDi connection error')));
  }

  /** Opens the socket (`ws://127.0.0.1:PORT/session`) and starts a session. */
  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true });
      ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
    const bidi = new Bidi(ws);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return bidi;
  }

  /** Sends one command and resolves with its result; rejects with {@link BidiError} or on timeout. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every `method` event until the returned function is called. */
  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** The next `method` event whose params pass `filter`, or a rejection after `timeoutMs`. */
  waitFor(method: string, filter: (params: Record<string, unknown>) => boolean = () => true, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${method} event in ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on(method, (params) => {
        if (!filter(params)) return;
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  /** Ends the session and closes the socket (best effort: the browser may already be gone). */
  async close(): Promise<void> {
    await this.send('session.end', {}, 3_000).catch(() => undefined);
    this.ws.close();
  }

  private onMessage(data: string) {
    let message: { id?: number; type?: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
      return;
    }
    if (typeof message.id !== 'number') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'error') pending.reject(new BidiError(pending.method, message.error ?? 'error', message.message ?? ''));
    else pending.resolve(message.result);
  }

  private fail(error: Error) {
    if (this.closed) return;
    this.closed = error;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
  }
}

/**
 * Runs `fn` (a function's source) in a browsing context's page realm with JSON-able `args`, and
 * returns its JSON-able result. Values cross as one JSON string each way: simpler and sturdier
 * than mapping BiDi's remote-value trees, and all the checks here need is plain data.
 */
export async function evaluate<T>(bidi: Bidi, context: string, fn: string, ...args: unknown[]): Promise<T> {
  const reply = await bidi.send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } }>('script.callFunction', {
    functionDeclaration: `async (json) => JSON.stringify(await (${fn})(...JSON.parse(json)) ?? null)`,
    arguments: [{ type: 'string', value: JSON.stringify(args) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.type === 'exception') throw new Error(`script error: ${reply.exceptionDetails?.text ?? 'unknown'}`);
  return JSON.parse(reply.result?.value ?? 'null') as T;
}

/** Polls `fn` in the page every 100 ms until it returns something truthy; that value, or null after `timeoutMs`. */
export async function poll<T>(bidi: Bidi, context: string, fn: string, timeoutMs = 10_000, ...args: unknown[]): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await evaluate<T>(bidi, context, fn, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}
