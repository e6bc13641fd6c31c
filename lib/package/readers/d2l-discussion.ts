/**
 * Brightspace's own export format keeps each discussion forum in a file of its own,
 * `discussion_d2l_<n>.xml` (resource `d2l_2p0:material_type="d2ldiscussion"`):
 * `<discussion><forum id resource_code><properties>…</properties><content><title/><description/>
 * </content><topics><topic id resource_code><properties>…</properties><content><title/>
 * <description/></content></topic>…</topics></forum></discussion>`, descriptions as escaped HTML.
 * Students post in topics, so a topic is the item. As with Common Cartridge topics, a topic is
 * audited when it is graded (`<score_out_of>` or a `<grade_item_id>` in its properties) or its
 * prompt reads as a task; introductions and open question forums are not assignments. A topic
 * without a prompt, graded or not, has nothing to audit (such courses keep the prompt in a page,
 * which is read as a page). The outline links a topic, or its whole forum, with a `type=discuss`
 * quick link; that gives the topic its module. Hidden topics are read, as hidden dropbox folders
 * are: a course is built hidden before its term.
 */
import { asksForAPost, readsAsTask } from '../task-like.ts';
import { child, childrenNamed, textOf, type XmlElement } from '../xml.ts';
import { cleanTitle, makeItem } from './common.ts';
import { d2lRichText, d2lToolReader, placeOf, resourceCodes } from './d2l-common.ts';
import type { ResourceReader } from './types.ts';

/** A forum file: one item per topic. */
export const d2lDiscussion: ResourceReader = d2lToolReader({
  name: 'd2l-discussion',
  materialType: 'd2ldiscussion',
  file: /(?:^|\/)discussion_d2l_[^/]*\.xml$/i,
  root: 'discussion',
  linkType: 'discuss',
  objects: (root, path, places) =>
    childrenNamed(root, 'forum').flatMap((forum) => {
      const forumPlace = placeOf(places, resourceCodes(forum.attrs.resource_code));
      return childrenNamed(child(forum, 'topics'), 'topic').map((topic, n) => ({
        id: topic.attrs.id?.trim() || `${forum.attrs.id?.trim() ?? ''}-${n + 1}`,
        // A link to the topic itself wins over a link to its forum.
        place: placeOf(places, resourceCodes(topic.attrs.resource_code)) ?? forumPlace,
        reader: topicReader(forum, topic, path),
      }));
    }),
});

/** D2L writes "True"/"False". */
function flag(props: XmlElement | undefined, name: string): boolean {
  return textOf(child(props, name)).trim().toLowerCase() === 'true';
}

function graded(props: XmlElement | undefined): boolean {
  const outOf = Number.parseFloat(textOf(child(props, 'score_out_of')));
  return (Number.isFinite(outOf) && outOf > 0) || textOf(child(props, 'grade_item_id')).trim() !== '';
}

function topicReader(forum: XmlElement, topic: XmlElement, path: string): ResourceReader {
  return {
    name: 'd2l-discussion-topic',
    claims: () => true,
    read(res, ctx) {
      const content = child(topic, 'content');
      const title = cleanTitle(textOf(child(content, 'title')));
      const own = d2lRichText(textOf(child(content, 'description')), undefined);
      // Students see the forum's description above the topic's only where the forum says so.
      const forumContent = child(forum, 'content');
      const shown = flag(child(forum, 'properties'), 'show_description_in_topics') ? d2lRichText(textOf(child(forumContent, 'description')), undefined) : null;
      const text = [shown?.text, own.text].filter(Boolean).join('\n');
      if (!text) return { skip: 'a discussion topic without a prompt (nothing to audit)' };
      if (!graded(child(topic, 'properties')) && !asksForAPost(title, text) && !readsAsTask(title, text)) return { skip: 'a discussion whose prompt does not read as a task' };
      const html = [shown?.html, own.html].filter((h) => h !== undefined && h.trim() !== '').join('\n');
      const lang = own.lang ?? shown?.lang;
      return { item: makeItem(res, ctx, { title, kind: 'discussion', description: text, ...(html ? { html } : {}), path, ...(lang ? { language: lang } : {}) }) };
    },
  };
}
