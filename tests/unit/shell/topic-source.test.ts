import { describe, expect, it } from 'vitest';
import { topicFromPage } from '../../../lib/topic-source.ts';

describe('topicFromPage: where the designer topic comes from', () => {
  it.each([
    [{ selection: '  conquest of the\n American spy den ', assignmentTitle: 'Cold War', url: null }, 'conquest of the American spy den'],
    [{ selection: '', assignmentTitle: 'Iranian hostage crisis', url: new URL('https://www.google.com/search?q=ignored') }, 'Iranian hostage crisis'],
    [{ selection: '', assignmentTitle: null, url: new URL('https://www.google.com/search?q=hostage+crisis+site%3Aedu') }, 'hostage crisis'],
    [{ selection: '', assignmentTitle: null, url: new URL('https://www.baidu.com/s?wd=%E4%BC%8A%E6%9C%97') }, '伊朗'],
    [{ selection: '', assignmentTitle: null, url: new URL('https://example.org/') }, ''],
  ])('%j → %s', (input, expected) => {
    expect(topicFromPage(input)).toBe(expected);
  });

  it('caps a huge selection', () => {
    expect(topicFromPage({ selection: 'x '.repeat(100_000), assignmentTitle: null, url: null }).length).toBeLessThanOrEqual(300);
  });
});
