import { z } from 'zod';
import { textAnchorSchema } from '../schemas';
import { messageParser } from './parse';

/**
 * The messages a content script accepts. Kept apart from the rest of the protocol (utils/messages.ts, which
 * includes this map) so that the content script, loaded on every page, bundles only the schemas it parses.
 */

export const itemId = z.string().min(1).max(200);
const paintItem = z.object({ id: itemId, anchor: textAnchorSchema, label: z.string().max(500), colour: z.number().int().min(0).max(1_000) });

export const pageRequests = {
  /** background → content script: send the snapshot again (the service worker restarted and lost it). */
  resendSnapshot: z.object({ reason: z.enum(['restart', 'refresh']).default('restart') }),
  /** panel → content script: bring a piece of text into view and flash it. */
  revealAnchor: z.object({ anchor: textAnchorSchema }),
  /** background → content script: what to highlight (quotes, claims, the user's highlights and notes). */
  paintHighlights: z.object({
    quotes: z.array(paintItem).max(10_000),
    claims: z.array(paintItem).max(50_000),
    notes: z.array(paintItem).max(100_000),
  }),
  /** background → content script: highlight the current selection (context menu, keyboard shortcut). */
  highlightSelection: z.object({ source: z.enum(['menu', 'shortcut']) }),
} as const;

export const parsePageMessage = messageParser(pageRequests);
