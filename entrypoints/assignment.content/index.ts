import { defineContentScript } from '#imports';
import { LMS_MATCHES } from '../../lib/lms/hosts.ts';
import { startOverlay } from './controller.ts';

// Known vendor hosts only; self-hosted sites get this same file registered at run time when the
// person enables them, and any page gets it through activeTab ("Audit this page").
export default defineContentScript({
  matches: LMS_MATCHES,
  runAt: 'document_idle',
  // No window.postMessage announcing the script to the LMS page's own scripts; WXT's DOM event
  // still retires an older copy after an update.
  noScriptStartedPostMessage: true,
  main: (ctx) => startOverlay(ctx),
});
