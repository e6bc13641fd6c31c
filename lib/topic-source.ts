/**
 * Where the search designer's topic comes from when the person opens it: what they selected,
 * else the assignment the overlay found, else the query of the result page they are on.
 */
const QUERY_PARAMS = ['q', 'p', 'text', 'wd', 'query'];
const MAX_TOPIC = 300;

export function topicFromPage(input: { selection: string; assignmentTitle: string | null; url: URL | null }): string {
  const selection = input.selection.replace(/\s+/g, ' ').trim();
  if (selection) return selection.slice(0, MAX_TOPIC);
  if (input.assignmentTitle?.trim()) return input.assignmentTitle.trim().slice(0, MAX_TOPIC);
  if (input.url) {
    for (const name of QUERY_PARAMS) {
      const value = input.url.searchParams.get(name)?.trim();
      // Designs add their own site: operators; the person's are dropped from the topic.
      if (value) return value.replace(/(^|\s)-?site:\S+/gi, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TOPIC);
    }
  }
  return '';
}
