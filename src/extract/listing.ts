import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.js';
import type { Stats } from './tree.js';

/**
 * Item titles of a listing. On a shop's category page, a news index, a link aggregator or a table of
 * results, each item is a card whose title is a link, next to text of its own (a price, a date, a
 * source, a summary): the reader's text is those items, titles included. A menu's items hold the
 * link alone, and stay navigation. Tune half word F1 0.8843 → 0.8875 (WCXB listings 0.596 → 0.644,
 * collections 0.702 → 0.721, documentation 0.923 → 0.941; dragnet 0.885 → 0.886); report half
 * 0.8945 → 0.8966 (listings 0.638 → 0.683, collections 0.657 → 0.699; documentation 0.934 → 0.923,
 * cleaneval and l3s-gn1 −0.0004).
 * Keeping every linked line instead: tune 0.8835 (articles and forums lose to menus and link lists).
 */

/** Levels from the link up to the item that repeats (a title in a heading in a card's body). Tried 3–12: 6 best. */
const ITEM_LEVELS = 6;
/** An item longer than this is a section of a page, not a card (300 and 1,000 did no better). */
const MAX_ITEM_CHARS = 500;
/** Unlinked characters an item holds besides its links: a price ("$9"), a date, a source. */
const MIN_ITEM_OWN_CHARS = 3;
/** Items of the same tag and class, with links, that make a list (the item's own included). */
const MIN_LIST_ITEMS = 3;

/** Tag and class: the items of one list share them. */
const shapeOf = (element: Element) => `${element.name}|${element.attribs.class ?? ''}`;

/**
 * For a link, the characters of the list whose item it titles (see above), 0 when it titles none.
 * Counts of the items' shapes are kept per list, so a list of a thousand items is read once.
 */
export function itemListOf(stats: Map<AnyNode, Stats>, skip: Set<AnyNode>): (link: Element) => number {
  const shapesByList = new Map<AnyNode, Map<string, number>>();
  const listOf = (item: Element): number => {
    const list = item.parent;
    if (!list) return 0;
    let shapes = shapesByList.get(list);
    if (!shapes) {
      shapes = new Map();
      for (const child of list.children) {
        if (!isElement(child) || skip.has(child) || !stats.get(child)?.link) continue;
        const shape = shapeOf(child);
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      }
      shapesByList.set(list, shapes);
    }
    return (shapes.get(shapeOf(item)) ?? 0) >= MIN_LIST_ITEMS ? (stats.get(list)?.text ?? 0) : 0;
  };
  // the largest such list: a card's title may sit in a small repeated block (a row of a card) inside the item
  return (link) => {
    let largest = 0;
    let at: AnyNode | null = link.parent;
    for (let level = 0; level < ITEM_LEVELS && at && isElement(at); level++, at = at.parent) {
      const own = stats.get(at);
      if (!own || own.text > MAX_ITEM_CHARS) break;
      if (own.text - own.link >= MIN_ITEM_OWN_CHARS) largest = Math.max(largest, listOf(at));
    }
    return largest;
  };
}
