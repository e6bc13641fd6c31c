import { mount } from 'svelte';
import WelcomePage from './WelcomePage.svelte';

mount(WelcomePage, { target: document.getElementById('app')! });
