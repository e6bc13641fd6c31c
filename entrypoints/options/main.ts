import { mount } from 'svelte';
import DashboardApp from './DashboardApp.svelte';
import { RecordsState } from './records-state.svelte.ts';

// "Audit this PDF" in the toolbar popup opens the dashboard as `options.html?pdf-tab=<id>#/text`:
// the PDF is taken from that tab once, so the address loses the query before anything else (a
// reload must not fetch the file again).
const params = new URLSearchParams(location.search);
const tabId = Number(params.get('pdf-tab'));
const fromTab = Number.isInteger(tabId) && tabId > 0 ? { tabId, name: params.get('name') ?? 'PDF' } : null;
if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);

const state = new RecordsState();
document.documentElement.lang = state.lang;
document.title = state.s.title;
mount(DashboardApp, { target: document.getElementById('app')!, props: { state, fromTab } });
void state.load();
