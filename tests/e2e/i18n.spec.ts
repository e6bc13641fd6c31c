/**
 * A browser whose language is Spanish (`locale: 'es-ES'`: fixtures.ts starts Chromium with
 * LANGUAGE=es_ES, as a Spanish desktop session does; Debian's Chromium needs chromium-l10n for
 * it): the popup, the overlay and the panel speak Spanish, a Spanish assignment is analysed as
 * Spanish (its Spanish phrases found as evidence, the record marked `es`), and the context-menu
 * item and the designer it opens are in Spanish too.
 */
import type { Worker } from '@playwright/test';
import { expect, fixture, serve, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { ToolbarPopup } from './pages/popup';
import { chooseDesignSearch, MENU_ID, menuItemExists, registeredMenuItems } from './pages/context-menu';
import { QUESTIONS } from '../../lib/questions/index.ts';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'es-ES', remoteDebugging: true });

// An Argentine school's own Moodle, in Spanish (tests/fixtures/lms/moodle/PROVENANCE.md).
const MOODLE_URL = 'https://campus.ejemplo.edu.ar/moodle/mod/assign/view.php?id=8812';
const TITLE = 'Trabajo práctico 2: la Guerra de Malvinas en la prensa';
const EVIDENCE = 'Buscá una portada británica del mismo día (probá con site:uk)';

const records = (sw: Worker) =>
  sw.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([k]) => k.startsWith('rec:'))
      .map(([, v]) => v as { assignment: { language: string; title: string }; questions: { id: number; status: string; evidence: { text: string }[] }[] }),
  );

test('en español: la ventana emergente, la pestaña y el panel, y una tarea en español analizada en español', async ({ context, serviceWorker, extensionId, strayRequests }) => {
  test.setTimeout(90_000);
  const uiLanguage = await serviceWorker.evaluate(() => chrome.i18n.getUILanguage());
  expect(uiLanguage, 'Chromium runs in Spanish only with its Spanish resources (Debian: apt-get install chromium-l10n)').toMatch(/^es/);
  await serve(context, MOODLE_URL, fixture('lms/moodle/v43-student-es.html'));
  const page = await context.newPage();
  await page.goto(MOODLE_URL);

  // First run: the popup asks for the role, in Spanish, and says nothing leaves the browser.
  const popup = await ToolbarPopup.open(context, extensionId, page);
  await expect(popup.page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(popup.page.getByRole('heading', { name: 'Bienvenido a Vantage' })).toBeVisible();
  await expect(popup.page.getByText('Nada sale de tu navegador', { exact: false })).toBeVisible();
  await popup.page.getByRole('radio', { name: /Docente/ }).check();
  await popup.button('Continuar').click();
  await expect(popup.page.getByRole('heading', { name: 'Esta página' })).toBeVisible();
  await expect(popup.button('Activar Vantage en campus.ejemplo.edu.ar')).toBeVisible();
  await expect(popup.page.getByRole('heading', { name: 'Diseñar una búsqueda' })).toBeVisible();
  await expect(popup.page.getByRole('combobox', { name: 'Rol' })).toHaveValue('teacher');
  await expect(popup.button('Panel')).toBeVisible();
  await popup.button('Auditar esta página').click();
  await popup.closed();
  await popup.detach();

  // The tab and the panel.
  const overlay = new OverlayPage(page);
  await expect(overlay.tab).toHaveAccessibleName(/de 6 preguntas evidentes/);
  const panel = overlay.panel;
  await expect(panel.locator('html')).toHaveAttribute('lang', 'es');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Seis preguntas');
  await expect(panel.getByText('Detectado: Moodle')).toBeVisible();
  await expect(panel.locator('.assignment h2')).toHaveText(TITLE);
  await expect(panel.locator('section.question')).toHaveCount(6);
  for (const q of QUESTIONS) await expect(overlay.question(q.id).locator('h3')).toContainText(q.title.es);

  // Analysed as Spanish: the Spanish look-fors find the assignment's own Spanish words.
  const q1 = overlay.question(1);
  await expect(q1).toContainText('Evidente');
  await expect(q1).toContainText(EVIDENCE);
  await expect(q1.getByRole('heading', { name: 'Cómo fortalecerla' })).toBeVisible();
  await expect(overlay.question(2)).toContainText('No encontrado');
  await expect(q1.getByRole('radio', { name: 'Sí' })).toBeVisible();

  await panel.getByRole('button', { name: 'Guardar auditoría' }).click();
  await expect(panel.getByRole('status')).toHaveText('Guardado. Esta auditoría está en tus registros.');
  const [record] = await records(serviceWorker);
  expect(record?.assignment).toMatchObject({ language: 'es', title: TITLE });
  expect(record?.questions[0]).toMatchObject({ id: 1, status: 'evident' });
  expect(record?.questions[0]?.evidence.map((e) => e.text)).toContain(EVIDENCE);

  // The Moodle page's own scripts and styles are the only requests that went unserved.
  expect(strayRequests.filter((u) => new URL(u).host !== 'campus.ejemplo.edu.ar')).toEqual([]);
});

test('en español: «Diseñar una búsqueda para …» y el diseñador que abre', async ({ context, serviceWorker }) => {
  await expect.poll(() => menuItemExists(serviceWorker)).toBe(true);
  expect(await registeredMenuItems(serviceWorker)).toEqual([{ id: MENU_ID, title: 'Diseñar una búsqueda para «%s»', contexts: ['selection'] }]);

  const url = 'https://www.ejemplo-noticias.com.ar/mundo/2024/11/04/aniversario';
  await serve(
    context,
    url,
    '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Aniversario</title></head><body><main><p>Se cumplen 45 años de <span id="t">la crisis de los rehenes en Irán</span>, recordada de forma muy distinta en Teherán y en Washington.</p></main></body></html>',
  );
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#t').selectText();
  await chooseDesignSearch(serviceWorker, page);

  const find = () => context.pages().find((p) => new URL(p.url()).pathname === '/search.html');
  await expect.poll(() => Boolean(find())).toBe(true);
  const designer = find()!;
  await expect(designer.locator('html')).toHaveAttribute('lang', 'es');
  await expect(designer.getByRole('heading', { level: 1 })).toHaveText('Diseñar una búsqueda');
  await expect(designer.getByRole('textbox').first()).toHaveValue('la crisis de los rehenes en Irán');
  const text = (await designer.locator('article.card').allTextContents()).join('\n');
  expect(text).toContain('site:ir');
  expect(text).toContain('site:ac.ir');
});
