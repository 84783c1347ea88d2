import { expect } from '@open-wc/testing';
import { storageGate } from '../../src/core/storage.js';
import { StoredValue } from '../../src/core/stored-value.js';
import { stringifyJson } from '../../src/core/json.js';
import { resetStorage } from '../helpers.js';

describe('consent-gated storage', () => {
  beforeEach(() => resetStorage());
  afterEach(() => resetStorage());

  it('keeps writes in memory until storage is allowed, then flushes them', () => {
    const value = new StoredValue<{ items: string[] }>('test:pending', (raw) => raw as { items: string[] });
    value.write({ items: ['a'] });
    expect(localStorage.getItem('lifebuoy:test:pending')).to.equal(null);
    expect(value.read()).to.deep.equal({ items: ['a'] }); // readable in memory meanwhile
    storageGate.allow();
    expect(JSON.parse(localStorage.getItem('lifebuoy:test:pending')!)).to.deep.equal({ items: ['a'] });
    value.write(undefined);
    expect(localStorage.getItem('lifebuoy:test:pending')).to.equal(null);
  });

  it('stores arrays correctly even when the page patched Array.prototype.toJSON (Prototype.js)', () => {
    const proto = Array.prototype as { toJSON?: () => string };
    // What Prototype.js 1.6 does: arrays serialise themselves to a string.
    proto.toJSON = function (this: unknown[]) {
      return `[${this.map(String).join(',')}]`;
    };
    try {
      expect(JSON.stringify([1, 2])).to.equal('"[1,2]"'); // the patch really double-encodes
      expect(stringifyJson({ list: [1, 2] })).to.equal('{"list":[1,2]}');
      storageGate.allow();
      const value = new StoredValue<number[]>('test:arrays', (raw) => (Array.isArray(raw) ? (raw as number[]) : undefined));
      value.write([3, 4]);
      expect(value.read()).to.deep.equal([3, 4]);
      expect(proto.toJSON).to.be.a('function'); // the page's patch is left in place
    } finally {
      delete proto.toJSON;
    }
  });

  it('survives corrupt stored data', () => {
    storageGate.allow();
    localStorage.setItem('lifebuoy:test:corrupt', '{not json');
    const value = new StoredValue<string>('test:corrupt', (raw) => (typeof raw === 'string' ? raw : undefined));
    expect(value.read()).to.equal(undefined);
  });
});
