import { mount } from 'svelte';
import DashboardApp from './DashboardApp.svelte';
import { RecordsState } from './records-state.svelte.ts';

const state = new RecordsState();
document.documentElement.lang = state.lang;
document.title = state.s.title;
mount(DashboardApp, { target: document.getElementById('app')!, props: { state } });
void state.load();
