/**
 * Search designer budget: `perspectivesFor` + `designSearches` for one topic ≤ 5 ms offline.
 * Measures the cold first call (name index built lazily), then p50/p95 over many topics, plus
 * `countryOfHost` throughput and the size of the shipped country table.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { countryOfHost } from '../lib/geo/index.ts';
import { designSearches, perspectivesFor } from '../lib/search/index.ts';

const TOPICS = [
  'Iranian hostage crisis', 'la revolución mexicana', "Guerre d'Algérie", 'Berlin Wall', 'photosynthesis',
  'Korean War', 'Franco-Prussian War', 'Apartheid in South Africa', 'Cuban Missile Crisis', 'Partition of India',
  'Vietnam War protests', 'die iranische Revolution', 'A Revolução dos Cravos', 'Guerra de las Malvinas',
  'climate change adaptation', 'the French Revolution and its causes', 'Sino-Japanese War', 'Chernobyl disaster',
  'Rwandan genocide', 'Arab Spring in Egypt and Tunisia', 'Brexit referendum', 'Japanese internment camps',
  'Ottoman Empire decline', 'Treaty of Versailles', 'Mexican–American War', 'Spanish Civil War',
  'industrial revolution in Britain', 'Great Leap Forward', 'Nigerian civil war', 'Iran–Iraq War',
  'fall of the Soviet Union', 'water scarcity in Jordan', 'deforestation in Brazil', 'Canadian residential schools',
  'Australian bushfires', 'Indian independence movement', 'Palestinian refugees', 'Turkey earthquake 2023',
  'Chilean coup of 1973', 'Colombian peace process', 'Kenyan independence', 'Rosa Parks and the bus boycott',
  'Mayan civilization', 'the Marshall Plan', 'Holocaust', 'Suez Crisis', 'Bay of Pigs invasion',
  'Tiananmen Square protests', 'Russo-Japanese War', 'Dust Bowl', 'Hiroshima and Nagasaki',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the measurements; returns figures only (no asserts). */
export async function run(): Promise<Record<string, number | string | boolean | Record<string, unknown>>> {
  const t0 = performance.now();
  const first = perspectivesFor(TOPICS[0]!);
  designSearches(TOPICS[0]!, first.perspectives.map((p) => p.country));
  const coldMs = performance.now() - t0;

  // Many topics: the fixed list, and each with a suffix so no two calls see the same string.
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const topic of TOPICS) {
      const t = `${topic} ${round}`;
      const s = performance.now();
      const p = perspectivesFor(t);
      designSearches(t, p.perspectives.slice(0, 3).map((x) => x.country), { includeCountryRestrict: round % 2 === 0 });
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);

  const hosts = ['www.ut.ac.ir', 'news.bbc.co.uk', 'example.io', 'www.gob.mx', 'x.рф', 'someone.github.io', 'www.lemonde.fr', '1.2.3.4'];
  const N = 50_000;
  const h0 = performance.now();
  for (let i = 0; i < N; i++) countryOfHost(hosts[i % hosts.length]!);
  const hostNs = ((performance.now() - h0) * 1e6) / N;

  const table = readFileSync(new URL('../lib/geo/data/countries.json', import.meta.url));
  return {
    topics: times.length,
    coldFirstCallMs: Math.round(coldMs * 10) / 10,
    perTopicP50Ms: Math.round(percentile(times, 50) * 1000) / 1000,
    perTopicP95Ms: Math.round(percentile(times, 95) * 1000) / 1000,
    perTopicMaxMs: Math.round(times[times.length - 1]! * 1000) / 1000,
    budgetMs: 5,
    withinBudget: percentile(times, 95) <= 5,
    countryOfHostNsPerOp: Math.round(hostNs),
    countryTableBytes: table.length,
    countryTableGzipBytes: gzipSync(table).length,
  };
}
