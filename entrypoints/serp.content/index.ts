// First import: the start-up clock starts before any other module of the bundle runs.
import { SCRIPT_START } from './clock.ts';
import { defineContentScript } from '#imports';
import { SERP_MATCHES } from '../../lib/serp/hosts.ts';
import { startSerpHints } from './controller.ts';
// The badges' and the summary's look, injected by the browser from the manifest (badges.ts and
// summary.ts say why).
import './page.css';

// Result pages of the engines Vantage reads; the reader's own URL test rejects every other page
// of those hosts (settings, images) before any DOM work.
export default defineContentScript({
  matches: SERP_MATCHES,
  runAt: 'document_idle',
  // WXT's extra window.postMessage announcing the script costs milliseconds on every search and
  // tells the search page's own scripts that Vantage (and its extension id) is present; the
  // DOM event WXT also sends is all it needs to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  main: (ctx) => startSerpHints(ctx, SCRIPT_START),
});
