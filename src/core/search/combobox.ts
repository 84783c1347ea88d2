/** Pure helpers for the search combobox: moving the active option and grouping results. */
import type { SearchHit } from '../../adapters/schemas.js';

/**
 * The active option after a navigation key, or undefined when the key is not the listbox's
 * (Home/End only move within the list once an option is active; otherwise they move the caret).
 */
export function nextActiveIndex(key: string, active: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return active < 0 ? undefined : 0;
    case 'End':
      return active < 0 ? undefined : count - 1;
    default:
      return undefined;
  }
}

export interface HitGroup {
  categoryId: string;
  hits: SearchHit[];
}

/** Groups hits by category, groups in the order of their best hit, hits in rank order. */
export function groupByCategory(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const id = hit.article.categoryId;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { categoryId: id, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}
