import { defineContentScript } from '#imports';
import { SERP_MATCHES } from '../../lib/serp/hosts.ts';
import { startSerpHints } from './controller.ts';

// Result pages of the engines Vantage reads; the reader's own URL test rejects every other page
// of those hosts (settings, images) before any DOM work.
export default defineContentScript({
  matches: SERP_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => startSerpHints(ctx),
});
