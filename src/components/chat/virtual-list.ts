/**
 * Windowing for the chat log: only the rows near the viewport are in the DOM, with padding standing
 * in for the rest, so a 10,000-message history costs as much as a short one. Row heights are
 * measured as rows render (ResizeObserver) and estimated until then. Made for a chat: it sticks to
 * the bottom while the user is there, and otherwise keeps the row at the top of the viewport still
 * when heights change or older messages are added above.
 *
 * (About 1.5 KB; @lit-labs/virtualizer would add about 10 KB gzip and does not anchor to the
 * bottom.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualListOptions {
  /** Pixels rendered beyond each edge of the viewport. Default 600. */
  overscan?: number;
  /** Height assumed for a row not measured yet, by key. */
  estimate?: (key: string) => number | undefined;
  /** Most rows rendered at once, whatever their heights. Default 120. */
  maxRows?: number;
  /** Whether a row may anchor the view (rows that keep their place when rows are added above). */
  canAnchor?: (key: string) => boolean;
  /** Called when the user scrolls near the top (to load older messages). */
  onNearTop?: () => void;
  /** Called when `atBottom` changes. */
  onStickChange?: (atBottom: boolean) => void;
}

/** How close to the bottom still counts as "at the bottom", in px. */
const STICK_SLACK = 40;

export class VirtualList implements ReactiveController {
  /** Index of the first rendered row. */
  start = 0;
  /** Index after the last rendered row. */
  end = 0;
  /** True while the view follows the newest row. */
  atBottom = true;

  private keys: readonly string[] = [];
  private readonly heights = new Map<string, number>();
  private offsets = new Float64Array(1);
  private dirty = true;
  private measuredTotal = 0;
  private measuredCount = 0;
  private scroller?: HTMLElement;
  private scrollTop = 0;
  private viewport = 0;
  /** The row the user is looking at and its distance from the viewport's top, as last seen. */
  private anchor?: { key: string; offset: number };
  private readonly observed = new Set<Element>();
  private readonly rowObserver: ResizeObserver;
  private readonly viewportObserver: ResizeObserver;
  /** The scrollTop we set ourselves; a scroll event landing there is not the user's. */
  private expected?: number;
  private frame?: number;
  private deferred = false;
  /** The scroller's height when we last looked at its scroll position. */
  private seenHeight?: number;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: VirtualListOptions = {}) {
    host.addController(this);
    this.rowObserver = new ResizeObserver((entries) => this.onRowsResized(entries));
    this.viewportObserver = new ResizeObserver(() => this.onViewportResized());
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.rowObserver.disconnect();
    this.viewportObserver.disconnect();
    this.observed.clear();
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.scroller = undefined;
  }

  /** Height of the rows before the rendered ones. */
  get padTop(): number {
    this.layout();
    return this.offsets[this.start] ?? 0;
  }

  /** Height of the rows after the rendered ones. */
  get padBottom(): number {
    this.layout();
    return (this.offsets[this.keys.length] ?? 0) - (this.offsets[this.end] ?? 0);
  }

  /** Sets the rows (by key); call in `willUpdate` or `render` whenever they may have changed. */
  setKeys(keys: readonly string[]): void {
    if (keys === this.keys) return;
    this.keys = keys;
    this.dirty = true;
    this.computeRange();
  }

  /** Follows the newest row again and scrolls to it. */
  scrollToBottom(): void {
    this.setAtBottom(true);
    this.computeRange();
    this.host.requestUpdate();
    this.restore();
  }

  /** Call after each render with the scroll container (it holds rows with `data-key`). */
  connect(scroller: HTMLElement | null | undefined): void {
    if (!scroller) return;
    if (scroller !== this.scroller) {
      this.scroller?.removeEventListener('scroll', this.onScroll);
      this.scroller = scroller;
      scroller.addEventListener('scroll', this.onScroll, { passive: true });
      this.viewportObserver.disconnect();
      this.viewportObserver.observe(scroller);
      this.viewport = scroller.clientHeight;
    }
    for (const element of this.observed) {
      if (!element.isConnected) {
        this.rowObserver.unobserve(element);
        this.observed.delete(element);
      }
    }
    for (const row of Array.from(scroller.querySelectorAll('[data-key]'))) {
      if (!this.observed.has(row)) {
        this.observed.add(row);
        this.rowObserver.observe(row);
      }
    }
    this.restore();
  }

  private onScroll = () => {
    const scroller = this.scroller!;
    const ours = this.expected !== undefined && Math.abs(scroller.scrollTop - this.expected) < 1;
    this.expected = undefined;
    // The viewport grew since we last looked (the composer shrank after sending, and the new
    // message rendered before the ResizeObserver ran): the browser pulled scrollTop back by at most
    // the growth. That is not the user scrolling up.
    const grew = scroller.clientHeight - (this.seenHeight ?? scroller.clientHeight);
    const pulled = this.scrollTop - scroller.scrollTop;
    const clamped = grew > 0 && pulled > 0 && pulled <= grew + 1;
    this.seenHeight = scroller.clientHeight;
    this.scrollTop = scroller.scrollTop;
    if (!ours && !clamped) {
      this.setAtBottom(scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= STICK_SLACK);
      this.captureAnchor();
    }
    if (this.scrollTop < 400) this.options.onNearTop?.();
    this.update();
  };

  private onViewportResized(): void {
    const height = this.scroller?.clientHeight ?? 0;
    if (height === this.viewport) return;
    this.viewport = height;
    this.observing(() => this.restore());
  }

  private onRowsResized(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const key = (entry.target as HTMLElement).dataset.key;
      const height = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
      // A hidden view measures 0: keep what we knew.
      if (!key || !height || this.heights.get(key) === height) continue;
      if (!this.heights.has(key)) {
        this.measuredTotal += height;
        this.measuredCount++;
      }
      this.heights.set(key, height);
      changed = true;
    }
    if (!changed) return;
    this.dirty = true;
    this.observing(() => this.restore());
  }

  /**
   * Runs `work` from a ResizeObserver callback. Rendering new rows right there would resize
   * observed rows again in the same frame ("ResizeObserver loop" errors), so the window moves on
   * the next frame instead.
   */
  private observing(work: () => void): void {
    this.deferred = true;
    try {
      work();
    } finally {
      this.deferred = false;
    }
    if (this.frame === undefined) {
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.update();
      });
    }
  }

  /** Recomputes the range and re-renders if it moved. */
  private update(): void {
    if (this.deferred) return; // the frame scheduled by observing() does it
    const { start, end } = this;
    this.computeRange();
    if (start !== this.start || end !== this.end) this.host.requestUpdate();
  }

  private layout(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const count = this.keys.length;
    if (this.offsets.length < count + 1) this.offsets = new Float64Array(Math.max(count + 1, this.offsets.length * 2));
    const average = this.measuredCount ? this.measuredTotal / this.measuredCount : 72;
    let offset = 0;
    for (let i = 0; i < count; i++) {
      this.offsets[i] = offset;
      const key = this.keys[i]!;
      offset += this.heights.get(key) ?? this.options.estimate?.(key) ?? average;
    }
    this.offsets[count] = offset;
  }

  /** Index of the row containing `y` (binary search). */
  private indexAt(y: number): number {
    let low = 0;
    let high = this.keys.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.offsets[mid]! <= y) low = mid;
      else high = mid - 1;
    }
    return Math.max(0, low);
  }

  private computeRange(): void {
    this.layout();
    const count = this.keys.length;
    const total = this.offsets[count]!;
    const viewport = this.viewport || 600;
    const overscan = this.options.overscan ?? 600;
    const top = this.atBottom ? Math.max(0, total - viewport) : this.anchoredTop();
    const maxRows = this.options.maxRows ?? 120;
    let start = count ? this.indexAt(Math.max(0, top - overscan)) : 0;
    let end = count ? this.indexAt(top + viewport + overscan) + 1 : 0;
    if (end - start > maxRows) {
      if (this.atBottom) start = end - maxRows;
      else end = start + maxRows;
    }
    this.start = start;
    this.end = Math.min(count, end);
  }

  /** Where the viewport's top should be to keep the anchor row still. */
  private anchoredTop(): number {
    const anchor = this.anchor;
    const index = anchor ? this.keys.indexOf(anchor.key) : -1;
    return index < 0 ? this.scrollTop : this.offsets[index]! - anchor!.offset;
  }

  /** Remembers which row is at the top of the viewport, where it is on screen. */
  private captureAnchor(): void {
    const scroller = this.scroller;
    if (this.atBottom || !scroller || !this.keys.length) {
      this.anchor = undefined;
      return;
    }
    const top = scroller.getBoundingClientRect().top;
    const bottom = top + scroller.clientHeight;
    const canAnchor = this.options.canAnchor;
    let fallback: { key: string; offset: number } | undefined;
    for (const row of Array.from(scroller.querySelectorAll<HTMLElement>('[data-key]'))) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom <= top || !rect.height) continue;
      if (rect.top >= bottom) break; // rendered rows are all below the viewport
      const key = row.dataset.key!;
      // Rows that move when older ones arrive (a header, a day separator) make poor anchors.
      if (!canAnchor || canAnchor(key)) {
        this.anchor = { key, offset: rect.top - top };
        return;
      }
      fallback ??= { key, offset: rect.top - top };
    }
    if (fallback) {
      this.anchor = fallback;
      return;
    }
    // Nothing rendered in view (a fast scroll): go by the computed layout.
    this.layout();
    let index = this.indexAt(this.scrollTop);
    if (canAnchor) {
      const next = this.keys.findIndex((key, i) => i >= index && canAnchor(key));
      if (next >= 0) index = next;
    }
    this.anchor = { key: this.keys[index]!, offset: this.offsets[index]! - this.scrollTop };
  }

  /** Puts the scroll position where it belongs after rows rendered or were measured. */
  private restore(): void {
    const scroller = this.scroller;
    if (!scroller || !scroller.clientHeight) return;
    // The user scrolled and the scroll event has not run yet: take it into account first, or a
    // render in between (a streamed token) would snap the view back.
    if (Math.abs(scroller.scrollTop - this.scrollTop) >= 1) this.onScroll();
    let target: number | undefined;
    let row: HTMLElement | undefined;
    if (this.atBottom) target = scroller.scrollHeight - scroller.clientHeight;
    else if (this.anchor) {
      const anchor = this.anchor;
      row = Array.from(scroller.querySelectorAll<HTMLElement>('[data-key]')).find((element) => element.dataset.key === anchor.key);
      if (row) target = scroller.scrollTop + row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - anchor.offset;
      else {
        this.layout();
        target = this.anchoredTop();
      }
    }
    if (target !== undefined && Math.abs(scroller.scrollTop - target) >= 1) {
      scroller.scrollTop = target;
      this.scrollTop = this.expected = scroller.scrollTop;
    }
    this.seenHeight = scroller.clientHeight;
    // At the very top or bottom the browser may not go where we asked: remember where the row is.
    if (row && this.anchor) this.anchor.offset = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  }

  private setAtBottom(value: boolean): void {
    if (value === this.atBottom) return;
    this.atBottom = value;
    this.options.onStickChange?.(value);
  }
}
