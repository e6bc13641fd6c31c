/**
 * Discussion topics (`imsdt_xmlv1p0`…`imsdt_xmlv1p3`): `<topic><title/><text texttype/></topic>`,
 * as Canvas (`lib/cc/topic_resources.rb`), Moodle's forum converter (`cc_forum.php`), Blackboard
 * and Brightspace write them. A topic is audited when it is graded (Canvas's `topicMeta` dependency
 * carries an `<assignment>`) or its prompt reads as a task; announcements (Canvas `topicMeta`
 * `<type>announcement</type>`) and open forums ("ask your questions here") are not assignments.
 */
import { asksForAPost, readsAsTask } from '../task-like.ts';
import { child, textOf } from '../xml.ts';
import { cleanTitle, fileProblem, instructionText, itemWith, makeItem, withLinkedHandouts, XML_FILE } from './common.ts';
import type { ReadContext, ResourceReader } from './types.ts';

const TYPE = /^imsdt_xmlv\d+p\d+$/i;

export const discussion: ResourceReader = {
  name: 'discussion',
  claims: (res) => TYPE.test(res.type),
  read(res, ctx) {
    const xmlPath = res.href && XML_FILE.test(res.href) ? res.href : res.files.find((f) => XML_FILE.test(f));
    if (!xmlPath) return { error: 'the discussion topic lists no XML file' };
    const doc = ctx.readXml(xmlPath);
    if (!doc.ok) return fileProblem(xmlPath, doc.error);
    const title = cleanTitle(textOf(child(doc.root, 'title')));
    const { text, html, lang } = instructionText(child(doc.root, 'text'));
    const meta = canvasTopicMeta(res.dependencies, ctx);
    if (meta === 'announcement') return { skip: 'an announcement, not a discussion assignment' };
    if (meta !== 'graded' && !asksForAPost(title, text) && !readsAsTask(title, text)) return { skip: 'a discussion whose prompt does not read as a task' };
    // Whether it is a task was decided on the prompt alone; a handout it links is then read with it.
    const described = withLinkedHandouts(text, html, doc.path, ctx);
    return itemWith(
      described,
      makeItem(res, ctx, {
        title,
        kind: 'discussion',
        description: described.description,
        ...(html !== undefined ? { html } : {}),
        path: doc.path,
        ...(lang ? { language: lang } : {}),
      }),
    );
  },
};

/** Canvas writes a topic's settings as a separate resource the topic depends on. */
function canvasTopicMeta(dependencies: readonly string[], ctx: ReadContext): 'announcement' | 'graded' | null {
  for (const id of dependencies) {
    const dep = ctx.manifest.byId.get(id);
    const file = dep && (dep.href ?? dep.files[0]);
    if (!file || !XML_FILE.test(file)) continue;
    const doc = ctx.readXml(file);
    if (!doc.ok || doc.root.name !== 'topicMeta') continue;
    if (textOf(child(doc.root, 'type')).trim() === 'announcement') return 'announcement';
    if (child(doc.root, 'assignment')) return 'graded';
  }
  return null;
}
