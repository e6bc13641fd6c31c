/**
 * Debian's firefox-esr, headless, on a fresh temporary profile whose only way out is our proxy,
 * with its WebDriver BiDi agent on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Bidi } from './bidi.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The extension's internal UUID (the host of its moz-extension:// pages). Firefox picks a random
 * one per profile; fixing it lets a test open the extension's own pages by address.
 */
export const EXTENSION_UUID = '4b1d6a1e-7a3c-4e55-9d1e-5a6e7c0f0d11';

/** Preferences for the test profile (user.js). */
export function profilePrefs(proxyPort: number, extensionId: string): Record<string, string | number | boolean> {
  return {
    // Every http:// and https:// request goes to our proxy, localhost included.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Fixtures are served over http: no upgrade to https, no https-only error page.
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,
    'network.stricttransportsecurity.preloadlist': false,
    // No first-run, welcome or what's-new pages; no default-browser prompt.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': '',
    'startup.homepage_welcome_url.additional': '',
    'startup.homepage_override_url': '',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtab.preload': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.tabs.warnOnClose': false,
    'browser.warnOnQuit': false,
    // No updates of Firefox, its add-ons, system add-ons or media plugins.
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.update.disabledForTesting': true,
    'app.update.checkInstallTime': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.blocklist.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-provider.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    // Widevine comes from Google's component updater (update.googleapis.com), not from Mozilla.
    'media.gmp-widevinecdm.allow-chromium-update': false,
    'media.gmp-manager.chromium-update-url': '',
    'media.eme.enabled': false,
    // No telemetry, health report, studies or experiments.
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'app.shield.optoutstudies.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rsexperimentloader.enabled': false,
    'browser.ping-centre.telemetry': false,
    // No remote settings (block lists, experiments, search config updates).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    // No Safe Browsing list downloads or look-ups.
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google5.enabled': false,
    'browser.safebrowsing.provider.google5.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'privacy.trackingprotection.enabled': false,
    'privacy.trackingprotection.pbmode.enabled': false,
    // No captive-portal or connectivity probes, DNS-over-HTTPS, push, geolocation or region look-ups.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'geo.provider.network.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoSpecificDefaults': false,
    'browser.search.update': false,
    'identity.fxaccounts.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // No speculative connections or prefetching, so every request we see was really asked for.
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.predictor.enabled': false,
    // No favicon fetches: they would look like requests from the page.
    'browser.chrome.site_icons': false,
    // Console messages and uncaught errors of pages, extension pages and content scripts go to
    // stdout too: BiDi's log events leave out extension pages.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': true,
    'javascript.options.showInConsole': true,
    // The extension's pages get a known host, and the browser speaks English.
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en-US, en',
  };
}

/** A running Firefox with its BiDi session. */
export interface RunningFirefox {
  bidi: Bidi;
  /** Everything Firefox wrote to stdout and stderr: its own messages and the consoles' (see prefs). */
  output: () => string;
  close(): Promise<void>;
}

/** Launches Firefox on a fresh profile that uses the proxy on `proxyPort`, and opens a BiDi session. */
export async function launchFirefox(proxyPort: number, extensionId: string): Promise<RunningFirefox> {
  const profile = mkdtempSync(path.join(tmpdir(), 'vantage-firefox-'));
  const prefs = profilePrefs(proxyPort, extensionId);
  writeFileSync(path.join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));

  const child: ChildProcess = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], {
    // Its own process group, so closing takes the content processes with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', LANG: 'C.UTF-8', LANGUAGE: 'en_US:en' },
  });
  let stderr = '';
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi address in 30 s:\n${stderr.slice(-2000)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi started:\n${stderr.slice(-2000)}`));
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });

  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // However this process ends (a watchdog, Ctrl-C, a crash), Firefox and its profile go with it.
  const onExit = () => {
    kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  let bidi: Bidi;
  try {
    bidi = await Bidi.connect(`${endpoint}/session`);
  } catch (e) {
    process.off('exit', onExit);
    onExit();
    throw e;
  }
  return {
    bidi,
    output: () => output,
    async close() {
      // browser.close ends Firefox cleanly; a kill follows if it has not exited in 5 s.
      await bidi.send('browser.close', {}, 5_000).catch(() => undefined);
      const timer = setTimeout(() => kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      process.off('exit', onExit);
      onExit();
    },
  };
}
