import { expect } from '@open-wc/testing';
import { classifyProblem } from '../../src/core/channels/classifier.js';

const cases: [string, string, string][] = [
  // text, problem, urgency
  ['My account may be compromised', 'compromised', 'emergency'],
  ['Someone logged into my account and withdrew my BTC', 'compromised', 'emergency'],
  ['I did not make this withdrawal, not urgent', 'compromised', 'emergency'],
  ['账号被盗', 'compromised', 'emergency'],
  ['有陌生设备登录，请帮我冻结账户', 'compromised', 'emergency'],
  ['A deposit has not arrived', 'deposit_missing', 'normal'],
  ['My USDT deposit is stuck, please help asap', 'deposit_missing', 'urgent'],
  ['充值未到账', 'deposit_missing', 'normal'],
  ['My withdrawal has not been received', 'withdrawal_issue', 'normal'],
  ['提币一直没到账，很着急', 'withdrawal_issue', 'urgent'],
  ['How do I enable 2FA?', 'how_to', 'low'],
  ['How do I withdraw USDT to my wallet?', 'how_to', 'low'],
  ['如何设置防钓鱼码', 'how_to', 'low'],
  ['I sent ETH to the wrong network, I have screenshots', 'evidence', 'normal'],
  ['转错了网络，有截图证明', 'evidence', 'normal'],
  ['I want to give feedback about the app', 'general', 'normal'],
  ['', 'general', 'normal'],
];

describe('problem classifier', () => {
  for (const [text, problem, urgency] of cases) {
    it(`"${text}" → ${problem}, ${urgency}`, () => {
      const result = classifyProblem(text);
      expect({ problem: result.problem, urgency: result.urgency }).to.deep.equal({ problem, urgency });
    });
  }

  it('says when nothing was recognised', () => {
    expect(classifyProblem('hello there').recognised).to.equal(false);
    expect(classifyProblem('hello, my deposit').recognised).to.equal(true);
  });

  it('lets "no rush" lower the default and "urgent" raise it', () => {
    expect(classifyProblem('my deposit has not arrived, no rush').urgency).to.equal('low');
    expect(classifyProblem('my deposit has not arrived, urgent!').urgency).to.equal('urgent');
    expect(classifyProblem('emergency: my deposit has not arrived').urgency).to.equal('emergency');
  });
});
