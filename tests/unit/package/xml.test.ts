import { describe, expect, it } from 'vitest';
import { attr, child, childrenNamed, parseXml, path, textOf } from '../../../lib/package/xml.ts';

function ok(src: string) {
  const r = parseXml(src);
  if (!r.ok) throw new Error(r.error);
  return r.root;
}

describe('parseXml', () => {
  it('reads prefixed manifest metadata by local name, as Canvas and Brightspace write it', () => {
    const root = ok(`<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="m1" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1" xmlns:lomm="http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest">
  <metadata><lomm:lom><lomm:general><lomm:title><lomm:string language="en-US">Media &amp; Society</lomm:string></lomm:title></lomm:general></lomm:lom></metadata>
  <resources xml:base="course/"><resource identifier="r1" type="webcontent" href="a.html"/><resource identifier="r2" type="webcontent"/></resources>
</manifest>`);
    expect(root.name).toBe('manifest');
    expect(textOf(path(root, 'metadata', 'lom', 'general', 'title', 'string'))).toBe('Media & Society');
    expect(attr(path(root, 'metadata', 'lom', 'general', 'title', 'string'), 'language')).toBe('en-US');
    expect(attr(child(root, 'resources'), 'base')).toBe('course/');
    expect(childrenNamed(child(root, 'resources'), 'resource').map((r) => r.attrs.identifier)).toEqual(['r1', 'r2']);
  });

  it('keeps escaped and CDATA HTML inside <text> as one string', () => {
    const escaped = ok('<topic><text texttype="text/html">&lt;p&gt;Post your answer &amp;amp; reply&lt;/p&gt;</text></topic>');
    expect(textOf(child(escaped, 'text'))).toBe('<p>Post your answer &amp; reply</p>');
    const cdata = ok('<assignment><text><![CDATA[<p>Write <b>600</b> words</p>]]></text></assignment>');
    expect(textOf(child(cdata, 'text'))).toBe('<p>Write <b>600</b> words</p>');
  });

  it('expands numeric references but never entities a DOCTYPE declares (no billion laughs, no XXE)', () => {
    const root = ok(`<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<a>&#233;&#x263A; &lol2; &xxe;</a>`);
    expect(textOf(root)).toBe('é☺ &lol2; &xxe;');
  });

  it('says what is wrong and on which line', () => {
    expect(parseXml('<a>\n<b>\n</c>\n</a>')).toEqual({ ok: false, error: 'line 3: </c> where </b> (opened on line 2) was expected' });
    expect(parseXml('<a><b>text')).toEqual({ ok: false, error: expect.stringMatching(/ends inside <b> \(opened on line 1\); the file looks cut off/) });
    expect(parseXml('')).toEqual({ ok: false, error: expect.stringMatching(/no root element/) });
    expect(parseXml('<a/><b/>')).toEqual({ ok: false, error: expect.stringMatching(/a second root element <b>/) });
    expect(parseXml('<a x="1></a>')).toEqual({ ok: false, error: expect.stringMatching(/line 1: the tag <a> is malformed/) });
    expect(parseXml('<a>1 < 2</a>')).toEqual({ ok: false, error: expect.stringMatching(/does not start a tag/) });
  });

  it('does not let attribute names reach the object prototype', () => {
    const root = ok('<a __proto__="x" constructor="y"/>');
    expect(root.attrs.constructor).toBe('y');
    expect(Object.getPrototypeOf(root.attrs)).toBeNull();
  });
});
