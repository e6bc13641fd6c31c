import { mount } from 'svelte';
import PopupApp from './PopupApp.svelte';
import { PopupState } from './popup-state.svelte.ts';

const state = new PopupState();
document.documentElement.lang = state.lang;
mount(PopupApp, { target: document.getElementById('app')!, props: { state } });
void state.load();
