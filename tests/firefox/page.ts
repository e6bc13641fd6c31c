/**
 * What a person does in a tab, over BiDi: open a tab, go to an address, click something with the
 * mouse (real input events, not `element.click()`), find the frame an extension page lives in.
 */
import type { Bidi } from './bidi.ts';

interface TreeNode {
  context: string;
  url: string;
  children: TreeNode[] | null;
}

/** Opens a new tab and returns its browsing context id. */
export async function openTab(bidi: Bidi): Promise<string> {
  return (await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
}

/** Loads `url` in the tab and waits for its load event. */
export async function goto(bidi: Bidi, context: string, url: string): Promise<void> {
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

/** Every browsing context under `root` (or every one), flattened, with its address. */
export async function contexts(bidi: Bidi, root?: string): Promise<{ context: string; url: string; parent: string | null }[]> {
  const tree = await bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', root ? { root } : {});
  const out: { context: string; url: string; parent: string | null }[] = [];
  const walk = (nodes: TreeNode[] | null, parent: string | null) => {
    for (const n of nodes ?? []) {
      out.push({ context: n.context, url: n.url, parent });
      walk(n.children, n.context);
    }
  };
  walk(tree.contexts, null);
  return out;
}

/** The first context (under `root`, if given) whose address passes `test`, polling until `timeoutMs`. */
export async function findContext(bidi: Bidi, test: (url: string) => boolean, root?: string, timeoutMs = 10_000): Promise<string | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await contexts(bidi, root)).find((c) => c.context !== root && test(c.url));
    if (hit) return hit.context;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Clicks, with the mouse, the element `locate` (a function's source run in the page, returning an
 * element or null) finds: scrolled into view, then a pointer move to its centre, press, release.
 * Whatever is on top at that point gets the click, as it would for a person.
 */
export async function click(bidi: Bidi, context: string, locate: string, ...args: unknown[]): Promise<void> {
  const reply = await bidi.send<{ type: string; result?: { type: string; sharedId?: string }; exceptionDetails?: { text?: string } }>('script.callFunction', {
    functionDeclaration: `(json) => { const el = (${locate})(...JSON.parse(json)); el?.scrollIntoView({ block: 'center' }); return el ?? null; }`,
    arguments: [{ type: 'string', value: JSON.stringify(args) }],
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0 },
  });
  if (reply.type === 'exception') throw new Error(`script error: ${reply.exceptionDetails?.text ?? 'unknown'}`);
  const sharedId = reply.result?.sharedId;
  if (!sharedId) throw new Error(`nothing to click: ${locate}`);
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
  await bidi.send('input.releaseActions', { context }).catch(() => undefined);
}
