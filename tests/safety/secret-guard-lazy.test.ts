/**
 * The word lists load on demand, per script. Runs in its own page (its own module cache), so the
 * order of these tests matters: nothing is loaded at the start.
 */
import { expect } from '@open-wc/testing';
import { scanForSecrets } from '../../src/core/secret-guard.js';
import { keys, phrases } from '../data/secret-samples.js';

const loadedLists = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /bip39\/wordlists\/([a-z-]+)\.js/.exec(entry.name)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();

describe('secret guard: lazy word lists', () => {
  it('loads no word list for short messages, keys and hashes', async () => {
    await scanForSecrets('Hi, my deposit has not arrived yet.');
    await scanForSecrets(`my key ${keys.wifCompressed}`);
    await scanForSecrets(keys.hex);
    expect(loadedLists()).to.deep.equal([]);
  });

  it('loads only the Chinese lists for a Chinese message', async () => {
    await scanForSecrets('我想问一下为什么我的提现一直显示处理中已经超过三个小时了');
    expect(loadedLists()).to.deep.equal(['simplified-chinese', 'traditional-chinese']);
  });

  it('loads the Latin lists when a run of twelve words appears', async () => {
    expect((await scanForSecrets(phrases.spanish!.twelve)).blocked).to.equal(true);
    expect(loadedLists()).to.deep.equal(['czech', 'english', 'french', 'italian', 'portuguese', 'simplified-chinese', 'spanish', 'traditional-chinese']);
  });
});
