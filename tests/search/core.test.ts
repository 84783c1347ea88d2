import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/contract.js';
import type { SearchHit, SearchQuery, SearchResult } from '../../src/adapters/schemas.js';
import { storageGate } from '../../src/core/storage.js';
import { groupByCategory, nextActiveIndex } from '../../src/core/search/combobox.js';
import { highlight, queryTerms } from '../../src/core/search/highlight.js';
import { RecentSearches } from '../../src/core/search/recent-searches.js';
import { isSearchable, SearchStore } from '../../src/core/search/search-store.js';
import { matchesShortcut, parseShortcuts } from '../../src/core/search/shortcut.js';
import { resetStorage, until } from '../helpers.js';

const marked = (text: string, terms: string[]) => highlight(text, terms).filter((s) => s.match).map((s) => s.text);

describe('highlight', () => {
  it('marks Latin terms at word starts, whole words, case-insensitively', () => {
    expect(marked('Withdrawals are paused; a withdrawal fee applies', ['withdrawal'])).to.deep.equal(['Withdrawals', 'withdrawal']);
    expect(marked('rewithdrawal', ['withdrawal'])).to.deep.equal([]);
  });

  it('marks CJK terms anywhere and merges overlapping bigrams', () => {
    expect(marked('充币未到账怎么办？', ['充币', '币未', '怎么'])).to.deep.equal(['充币未', '怎么']);
  });

  it('keeps every character of the text, in order', () => {
    const text = '<img src=x onerror=alert(1)> How to enable 2FA';
    expect(highlight(text, ['img', 'enable', '2fa']).map((s) => s.text).join('')).to.equal(text);
  });

  it('returns the text unmarked without terms and ignores one-letter Latin terms', () => {
    expect(highlight('Deposit', [])).to.deep.equal([{ text: 'Deposit', match: false }]);
    expect(marked('a deposit', ['a'])).to.deep.equal([]);
  });

  it('derives terms from a query for adapters that send none', () => {
    expect(queryTerms('Withdrawal stuck?')).to.deep.equal(['withdrawal', 'stuck']);
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
  });

  it('parses the default "/, mod+k"', () => {
    const [slash, modK] = parseShortcuts('/, mod+k');
    expect(slash).to.include({ key: '/', mod: false });
    expect(modK).to.include({ key: 'k', mod: true });
    expect(parseShortcuts('')).to.deep.equal([]);
  });

  it('matches Ctrl+K and ⌘K for mod+k, not Ctrl+Shift+K or plain K', () => {
    const [modK] = parseShortcuts('mod+k');
    expect(matchesShortcut(key('k', { ctrlKey: true }), modK!)).to.equal(true);
    expect(matchesShortcut(key('K', { metaKey: true }), modK!)).to.equal(true);
    expect(matchesShortcut(key('K', { ctrlKey: true, shiftKey: true }), modK!)).to.equal(false);
    expect(matchesShortcut(key('k'), modK!)).to.equal(false);
  });

  it('matches "/" with or without Shift (keyboard layouts), not with Ctrl', () => {
    const [slash] = parseShortcuts('/');
    expect(matchesShortcut(key('/'), slash!)).to.equal(true);
    expect(matchesShortcut(key('/', { shiftKey: true }), slash!)).to.equal(true);
    expect(matchesShortcut(key('/', { ctrlKey: true }), slash!)).to.equal(false);
  });
});

describe('combobox helpers', () => {
  it('moves the active option with wrap-around; Home/End only once a list option is active', () => {
    expect(nextActiveIndex('ArrowDown', -1, 3)).to.equal(0);
    expect(nextActiveIndex('ArrowDown', 2, 3)).to.equal(0);
    expect(nextActiveIndex('ArrowUp', 0, 3)).to.equal(2);
    expect(nextActiveIndex('End', 0, 3)).to.equal(2);
    expect(nextActiveIndex('Home', 2, 3)).to.equal(0);
    expect(nextActiveIndex('Home', -1, 3)).to.equal(undefined);
    expect(nextActiveIndex('ArrowDown', -1, 0)).to.equal(undefined);
    expect(nextActiveIndex('a', 0, 3)).to.equal(undefined);
  });

  it('groups hits by category in the order of each group’s best hit', () => {
    const hit = (id: string, categoryId: string): SearchHit => ({
      article: { id, title: id, categoryId, locale: 'en', updatedAt: '2026-01-01T00:00:00Z' }, score: 1, terms: [],
    });
    const groups = groupByCategory([hit('a', 'deposits'), hit('b', 'fees'), hit('c', 'deposits')]);
    expect(groups.map((g) => [g.categoryId, g.hits.map((h) => h.article.id)])).to.deep.equal([['deposits', ['a', 'c']], ['fees', ['b']]]);
  });
});

describe('SearchStore', () => {
  const result = (query: string): SearchResult => ({ hits: [{ article: { id: query, title: query, categoryId: 'c', locale: 'en', updatedAt: '2026-01-01T00:00:00Z' }, score: 1, terms: [] }], total: 1 });

  it('treats one Latin letter as idle but one CJK character as a query', () => {
    expect(isSearchable('w')).to.equal(false);
    expect(isSearchable(' wi ')).to.equal(true);
    expect(isSearchable('充')).to.equal(true);
  });

  it('debounces keystrokes into one request and reports it settled once', async () => {
    const calls: SearchQuery[] = [];
    const settled: [string, number][] = [];
    const store = new SearchStore({
      search: async (q) => (calls.push(q), result(q.query)),
      locale: () => 'zh-CN',
      debounce: 20,
      onSettle: (query, total) => settled.push([query, total]),
    });
    for (const text of ['wi', 'wit', 'with', 'withd']) store.setQuery(text);
    expect(store.state.status).to.equal('loading');
    await until(() => store.state.status === 'results');
    expect(calls.map((c) => c.query)).to.deep.equal(['withd']);
    expect(calls[0]!.locale).to.equal('zh-CN');
    expect(settled).to.deep.equal([['withd', 1]]);
  });

  it('aborts the request of a query the user typed past and never shows its results', async () => {
    const signals: AbortSignal[] = [];
    const resolvers: (() => void)[] = [];
    const store = new SearchStore({
      search: (q, options) => {
        signals.push(options.signal!);
        return new Promise((resolve) => resolvers.push(() => resolve(result(q.query))));
      },
      locale: () => 'en',
    });
    store.setQuery('fees', { immediate: true });
    await until(() => signals.length === 1);
    store.setQuery('fees vip', { immediate: true });
    await until(() => signals.length === 2);
    expect(signals[0]!.aborted).to.equal(true);
    resolvers[0]!(); // the stale answer arrives late
    resolvers[1]!();
    await until(() => store.state.status === 'results');
    expect(store.state.resultQuery).to.equal('fees vip');
    expect(store.state.hits[0]!.article.id).to.equal('fees vip');
  });

  it('shows an AdapterError and searches again on refresh', async () => {
    let fail = true;
    const store = new SearchStore({
      search: async (q) => {
        if (fail) throw new AdapterError('rate_limited', 'slow down');
        return result(q.query);
      },
      locale: () => 'en',
    });
    store.setQuery('kyc', { immediate: true });
    await until(() => store.state.status === 'error');
    expect(store.state.error?.code).to.equal('rate_limited');
    fail = false;
    store.refresh();
    await until(() => store.state.status === 'results');
  });

  it('does not send a query the secret screen rejects', async () => {
    let sent = 0;
    const blocked: string[] = [];
    const store = new SearchStore({
      search: async (q) => (sent++, result(q.query)),
      locale: () => 'en',
      screen: async (q) => (q.includes('abandon') ? 'mnemonic' : null),
      onBlocked: (kind) => blocked.push(kind),
    });
    store.setQuery('abandon abandon', { immediate: true });
    await until(() => store.state.status === 'blocked');
    expect(sent).to.equal(0);
    expect(blocked).to.deep.equal(['mnemonic']);
  });

  it('returns to idle when the query is cleared', async () => {
    const store = new SearchStore({ search: async (q) => result(q.query), locale: () => 'en' });
    store.setQuery('vip', { immediate: true });
    await until(() => store.state.status === 'results');
    store.clear();
    expect(store.state).to.include({ status: 'idle', query: '', total: 0 });
  });
});

describe('RecentSearches', () => {
  beforeEach(() => resetStorage());
  afterEach(() => resetStorage());

  it('adds newest first without duplicates, removes, and caps the list', () => {
    const recent = new RecentSearches('test:recent', 3);
    for (const q of ['kyc', 'fees', 'KYC', ' vip  level ', 'p2p']) recent.add(q);
    expect(recent.list()).to.deep.equal(['p2p', 'vip level', 'KYC']);
    recent.remove('vip level');
    expect(recent.list()).to.deep.equal(['p2p', 'KYC']);
  });

  it('persists through consent-gated storage and tells listeners', () => {
    const recent = new RecentSearches('test:recent');
    const heard: (readonly string[])[] = [];
    recent.subscribe((items) => heard.push(items));
    recent.add('withdrawal stuck');
    expect(localStorage.getItem('lifebuoy:test:recent')).to.equal(null); // no consent yet: memory only
    storageGate.allow();
    expect(JSON.parse(localStorage.getItem('lifebuoy:test:recent')!)).to.deep.equal(['withdrawal stuck']);
    expect(new RecentSearches('test:recent').list()).to.deep.equal(['withdrawal stuck']);
    expect(heard).to.deep.equal([['withdrawal stuck']]);
  });

  it('ignores corrupt stored data', () => {
    storageGate.allow();
    localStorage.setItem('lifebuoy:test:recent', '{"not":"a list"}');
    expect(new RecentSearches('test:recent').list()).to.deep.equal([]);
  });
});

describe('shortcut labels', () => {
  it('prints hints and aria-keyshortcuts', async () => {
    const { ariaKeyShortcuts, shortcutLabel } = await import('../../src/core/search/shortcut.js');
    const [slash, modK, altS] = parseShortcuts('/, mod+k, alt+s');
    expect([slash, modK, altS].map((s) => shortcutLabel(s!, false))).to.deep.equal(['/', 'Ctrl K', 'Alt S']);
    expect(shortcutLabel(modK!, true)).to.equal('⌘K');
    expect(ariaKeyShortcuts([slash!, modK!, altS!])).to.equal('Slash Control+K Meta+K Alt+S');
  });
});
