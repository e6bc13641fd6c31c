/**
 * Messages between Vantage's parts, one union per direction. Extension pages and the background
 * validate with zod; the content script (which must stay small, so carries no zod) checks the
 * sender and the `type` tag by hand and treats everything else as untrusted.
 */
import { z } from 'zod';
import type { AuditResult } from './audit.ts';
import type { Platform } from './lms/types.ts';
import { PLATFORM_NAMES } from './lms/names.ts';
import { ENGINES } from './serp/types.ts';
import type { SerpView } from './serp/view.ts';
import { MAX_QUERY_CHARS } from './serp/dom.ts';
import { MAX_HREF_CHARS } from './serp/url.ts';
import { MAX_SERP_LINKS } from './serp/read.ts';
import { MAX_AUDITED_TEXT, MAX_HANDOUT_TEXT } from './lms/handouts.ts';

const PLATFORMS = Object.keys(PLATFORM_NAMES) as [Platform, ...Platform[]];

/** What the content script shows: the audit of the current page, or why there is none. */
export interface OverlayState {
  status: 'ready' | 'empty' | 'error';
  message?: string;
  platform: Platform | null;
  url: string;
  courseId?: string;
  assignmentId?: string;
  /** Statuses and evidence (no suggestions: the panel re-runs the full audit on `description`). */
  audit: AuditResult | null;
  /** True when evidence can be shown in the page (the text came from a live element). */
  canJump: boolean;
  role: 'teacher' | 'student' | 'coach' | null;
  /** The files the page hands out with the assignment (lib/lms/handouts.ts), and whether each is read into `audit`. */
  handouts?: { name: string; url: string; read: boolean }[];
  /**
   * How much of `audit.description` is the page's own text; the rest is the handouts read with it.
   * Absent when it is all the page's.
   */
  ownLength?: number;
}

/** Panel (extension iframe) → content script in the same tab. */
export type PanelToContent =
  | { type: 'overlay:get' }
  | { type: 'overlay:jump'; text: string }
  | { type: 'overlay:close' }
  | { type: 'overlay:use-selection' }
  | { type: 'overlay:saved'; score: number }
  /** Fetch one of the page's handouts (only an address the content script listed itself). */
  | { type: 'overlay:handout'; url: string }
  /** Audit the page with this handout's text added (read by the panel from the fetched bytes). */
  | { type: 'overlay:add-handout'; url: string; name: string; text: string };

/** Content script → background: analyse what the adapter read (the worker does the work). */
export const ContentToBackground = z.object({
  type: z.literal('content:audit'),
  input: z.object({
    platform: z.enum(PLATFORMS).nullable(),
    url: z.string().max(10_000).nullable(),
    title: z.string().max(2_000),
    description: z.string().max(MAX_AUDITED_TEXT),
    language: z.string().max(40).optional(),
  }),
});

/**
 * Result-page content script → background. The page side carries no country data and no settings
 * code (its bundle stays small and its main-thread time short): it asks whether to run, sends the
 * candidate links it found as written in the page (never titles) for the background to finish
 * (unwrap, filter, de-duplicate) and place, and asks to be turned off. Nothing here is stored.
 */
export const SerpToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content:serp-start'), engine: z.enum(ENGINES) }),
  z.object({
    type: z.literal('content:serp'),
    lang: z.enum(['en', 'es']),
    engine: z.enum(ENGINES),
    /** The result page's address: relative links resolve against it. */
    page: z.string().max(10_000),
    query: z.string().max(MAX_QUERY_CHARS).nullable(),
    /** Each candidate's href as written (null: none, or longer than any result link). */
    hrefs: z.array(z.string().max(MAX_HREF_CHARS).nullable()).max(MAX_SERP_LINKS),
    /**
     * Engines whose links are opaque redirects (Baidu): per candidate, the host the engine shows
     * (null: none shown), or false for an ordinary link. Absent when no candidate has one.
     */
    shown: z.array(z.union([z.string().max(300), z.null(), z.literal(false)])).max(MAX_SERP_LINKS).optional(),
  }),
  z.object({ type: z.literal('content:serp-off'), engine: z.enum(ENGINES) }),
]);
export type SerpToBackground = z.infer<typeof SerpToBackground>;

/** The background's answer to `content:serp-start`. */
export interface SerpStartReply {
  on: boolean;
  lang: 'en' | 'es';
}

/**
 * The background's answer to `content:serp`: the view of the finished results, and for each
 * result (in the view's order) the index of its candidate link in the page's list.
 */
export interface SerpPageReply extends SerpView {
  at: number[];
}

/** Panel → background: forwarded to the content script of the panel's own tab, top frame. */
export const PanelToBackground = z.object({
  type: z.literal('panel:to-content'),
  message: z.discriminatedUnion('type', [
    z.object({ type: z.literal('overlay:get') }),
    z.object({ type: z.literal('overlay:jump'), text: z.string().max(2000) }),
    z.object({ type: z.literal('overlay:close') }),
    z.object({ type: z.literal('overlay:use-selection') }),
    z.object({ type: z.literal('overlay:saved'), score: z.number().int().min(0).max(6) }),
    z.object({ type: z.literal('overlay:handout'), url: z.string().max(10_000) }),
    z.object({ type: z.literal('overlay:add-handout'), url: z.string().max(10_000), name: z.string().max(300), text: z.string().max(MAX_HANDOUT_TEXT) }),
  ]),
});

export const PopupToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('site:enable'), origin: z.string().max(300) }),
  z.object({ type: z.literal('site:disable'), origin: z.string().max(300) }),
  z.object({ type: z.literal('page:audit'), tabId: z.number().int().nonnegative() }),
]);
export type PopupToBackground = z.infer<typeof PopupToBackground>;

export type BackgroundReply = { ok: true } | { ok: false; message: string };
