/** What every handout reader returns, and the clean-up they share. */

export type DocumentKind = 'docx' | 'odt' | 'pdf' | 'html' | 'text';
export type DocumentResult = { ok: true; kind: DocumentKind; title: string; text: string } | { ok: false; error: string };

/** Lines trimmed, blocks repeated on the page read once; an error when no letter or digit is left. */
export function finishText(kind: DocumentKind, title: string, raw: string, name: string): DocumentResult {
  const lines = raw.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  // Handouts printed several to a page repeat their text block for block ("consignas" cut into
  // strips): a block already seen is left out, so the audit quotes each sentence once.
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const block of lines.join('\n').split(/\n{2,}/)) {
    const b = block.trim();
    if (!b) continue;
    const key = b.replace(/\s+/g, ' ').toLowerCase();
    if (key.length >= 15 && seen.has(key)) continue;
    seen.add(key);
    blocks.push(b);
  }
  const text = blocks.join('\n\n');
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, error: `Vantage found no text in ${name || 'this file'}. If it holds only pictures of the text, paste the text instead.` };
  return { ok: true, kind, title: title.trim(), text };
}
