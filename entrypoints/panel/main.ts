import { mount } from 'svelte';
import PanelApp from './PanelApp.svelte';
import { PanelState } from './panel-state.svelte.ts';

const state = new PanelState();
document.documentElement.lang = state.lang;
mount(PanelApp, { target: document.getElementById('app')!, props: { state } });
void state.load();
