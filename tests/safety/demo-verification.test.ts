import { expect } from '@open-wc/testing';
import { createDemoVerification, recordStaffSignature, DEMO_OFFICIAL_CHANNELS } from '../../src/adapters/demo/verification.js';
import { DemoDb } from '../../src/adapters/demo/db.js';
import { seededRandom, type DemoContext } from '../../src/adapters/demo/context.js';
import { officialChannelsSchema } from '../../src/adapters/schemas.js';
import { normalizePhone } from '../../src/core/official-check.js';
import { testAdapter } from '../helpers.js';

function context(): DemoContext {
  return {
    options: { persist: false, namespace: `verification${Date.now()}`, speed: 0 },
    db: new DemoDb(`verification${Date.now()}`, false),
    user: () => null,
    now: () => Date.now(),
    random: seededRandom(1),
    sleep: async () => {},
    id: (prefix) => `${prefix}_1`,
  };
}

describe('demo verification domain', () => {
  it('publishes a realistic official list that passes the schema', async () => {
    const channels = await testAdapter().verification!.officialChannels();
    expect(officialChannelsSchema.safeParse(channels).success).to.equal(true);
    expect(channels.domains).to.include('lifebuoy-exchange.example');
    expect(channels.emails.every((email) => email.endsWith('lifebuoy-exchange.example'))).to.equal(true);
    expect(channels.phones.length).to.be.at.least(3);
    for (const phone of channels.phones) expect(normalizePhone(phone)).to.deep.equal({ e164: phone });
    expect([...new Set(channels.handles.map((h) => h.platform))]).to.include.members(['x', 'telegram', 'discord']);
    expect(channels.brands).to.include('lifebuoy');
  });

  it('hands out a copy: callers cannot change the official list', async () => {
    const verification = createDemoVerification(context());
    const first = await verification.officialChannels();
    first.domains.push('evil.example');
    expect((await verification.officialChannels()).domains).not.to.include('evil.example');
    expect(DEMO_OFFICIAL_CHANNELS.domains).not.to.include('evil.example');
  });

  it('confirms only the staff messages the backend signed', async () => {
    const ctx = context();
    const verification = createDemoVerification(ctx);
    recordStaffSignature(ctx, 'msg_agent_1');
    recordStaffSignature(ctx, 'msg_bot_2');
    expect(await verification.verifyStaffMessages!(['msg_agent_1', 'msg_fake_staff', 'msg_bot_2'])).to.deep.equal([
      { messageId: 'msg_agent_1', verified: true },
      { messageId: 'msg_fake_staff', verified: false },
      { messageId: 'msg_bot_2', verified: true },
    ]);
  });

  it('signs the bot and agent messages of a real demo conversation, never the user\'s', async () => {
    const adapter = testAdapter();
    const conversation = await adapter.chat!.start({ topic: 'Signatures' });
    const sent = await adapter.chat!.send(conversation.id, { clientId: 'sig-1', text: 'Hello', attachmentIds: [] });
    const history = await adapter.chat!.history(conversation.id);
    const staff = history.messages.filter((m) => m.author.role !== 'user');
    expect(staff.length).to.be.greaterThan(0);
    const checks = await adapter.verification!.verifyStaffMessages!([...staff.map((m) => m.id), sent.id]);
    expect(checks.map((c) => c.verified)).to.deep.equal([...staff.map(() => true), false]);
  });
});
