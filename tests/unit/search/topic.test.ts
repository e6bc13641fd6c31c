import { describe, expect, it } from 'vitest';
import { cleanTopic, topicFromText, MAX_TOPIC_CHARS } from '../../../lib/search/index.ts';

describe('cleanTopic', () => {
  it('keeps an ordinary topic as typed, trimmed', () => {
    expect(cleanTopic('  Iranian   hostage crisis ')).toEqual({ ok: true, topic: 'Iranian hostage crisis', truncated: false });
    expect(cleanTopic("Guerre d'Algérie")).toMatchObject({ ok: true, topic: "Guerre d'Algérie" });
    expect(cleanTopic('گروگان‌گیری سفارت آمریکا')).toMatchObject({ ok: true, topic: 'گروگان‌گیری سفارت آمریکا' });
  });

  it('removes search operators so a topic cannot re-target the search', () => {
    expect(cleanTopic('Iran site:evil.example hostage')).toMatchObject({ topic: 'Iran hostage' });
    expect(cleanTopic('site:com inurl:login filetype:pdf Iran')).toMatchObject({ topic: 'Iran' });
    expect(cleanTopic('Iran -Iraq +Syria')).toMatchObject({ topic: 'Iran Iraq Syria' });
    expect(cleanTopic('Iran OR Iraq AND Syria')).toMatchObject({ topic: 'Iran or Iraq and Syria' });
    expect(cleanTopic('"Iranian hostage crisis"')).toMatchObject({ topic: 'Iranian hostage crisis' });
    expect(cleanTopic('«Guerre» (d’Algérie) [1954]')).toMatchObject({ topic: 'Guerre d’Algérie 1954' });
  });

  it('strips control and direction-override characters but keeps Persian ZWNJ', () => {
    const r = cleanTopic('Iran\u202Eesoh\u202C crisis\u0000\u0007 \u200Bnow');
    expect(r).toMatchObject({ ok: true, topic: 'Iranesoh crisis now' });
    expect(cleanTopic('گروگان\u200Cگیری').ok && cleanTopic('گروگان\u200Cگیری').topic).toContain('\u200C');
  });

  it('keeps hostile text as plain text', () => {
    const r = cleanTopic('<script>alert(1)</script> Iran');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.topic).toContain('script');
      expect(r.topic).toContain('Iran');
      expect(r.topic).not.toMatch(/[()"]/);
    }
  });

  it('caps long input at a word boundary and says so', () => {
    const r = cleanTopic('word '.repeat(20_000));
    expect(r).toMatchObject({ ok: true, truncated: true });
    if (r.ok) expect(r.topic.split(' ').length).toBeLessThanOrEqual(16);
    const long = cleanTopic('a'.repeat(500));
    expect(long.ok && long.topic.length).toBeLessThanOrEqual(MAX_TOPIC_CHARS);
  });

  it('gives a clear message for empty or meaningless input, in English or Spanish', () => {
    for (const bad of ['', '   ', '"" ()', 'site:ir', '\u202E\u202C', null, undefined, 42]) {
      const r = cleanTopic(bad as string);
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/topic/i);
    }
    const es = cleanTopic('', 'es');
    expect(!es.ok && es.message).toMatch(/tema/);
  });
});

describe('topicFromText', () => {
  it('takes the first line with words, cut to its first sentence when long', () => {
    expect(topicFromText('\n\n  The Iranian hostage crisis\nRead chapter 4.')).toMatchObject({ ok: true, topic: 'The Iranian hostage crisis', truncated: true });
    const para = 'The Berlin Wall fell in 1989 after weeks of protests in East Germany. ' + 'More text follows here. '.repeat(20);
    expect(topicFromText(para)).toMatchObject({ ok: true, topic: 'The Berlin Wall fell in 1989 after weeks of protests in East Germany' });
  });

  it('returns the empty-topic message for nothing usable', () => {
    expect(topicFromText('\n  \n').ok).toBe(false);
    expect(topicFromText(undefined as unknown as string).ok).toBe(false);
  });
});
