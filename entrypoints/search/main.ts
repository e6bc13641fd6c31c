import { mount } from 'svelte';
import SearchPage from './SearchPage.svelte';

mount(SearchPage, { target: document.getElementById('app')! });
