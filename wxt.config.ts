import { defineConfig } from 'wxt';

// Narrow permissions (DESIGN.md, "Privacy"): storage for records, activeTab + scripting for
// "Audit this page" and for loading the panel lazily, contextMenus for "Design a search for …".
// Self-hosted LMSs are optional host permissions asked for at the moment the person enables a site.
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  imports: false,
  svelte: { vite: { compilerOptions: { runes: true } } },
  // The course-export worker is a module worker (package-client.ts): as one, it loads pdf.js as
  // chunks of its own, only when an export holds a PDF handout, instead of carrying it inlined.
  vite: () => ({ worker: { format: 'es' } }),
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', 'reports/**', 'bench/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: a coach's store outgrows Chrome's 10 MB cap at about 7,000 audits.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['*://*/*'],
    // MV2 (Firefox) has no optional_host_permissions key: origins go into optional_permissions.
    ...(browser === 'firefox' && {
      optional_permissions: ['*://*/*'],
      browser_specific_settings: {
        gecko: {
          id: 'vantage@vantage-extension.org',
          strict_min_version: '115.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
    action: { default_title: '__MSG_extName__' },
    // The panel is an extension page framed into the assignment page when the person opens it. Any
    // origin: self-hosted LMSs and "Audit this page" can be anywhere. It only shows what the
    // content script of the same tab hands it, through the background.
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['<all_urls>'] }],
  }),
});
