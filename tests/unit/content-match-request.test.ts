import { describe, expect, it } from 'vitest';
import { requestMatch, type Send } from '../../src/content/match-request';
import type { MatchPageResponse } from '../../src/shared/messages';

const BLOCKS = ['Wang Yi met Antony Blinken in Beijing on Friday.', 'Short.'];
const LOOK = { key: 'k1', text: `Menu\n${BLOCKS[0]}\n${BLOCKS[1]}\nFooter` };
const MATCHED: MatchPageResponse = { mentions: [], entities: {}, descriptions: { person: '', place: '', organization: '', term: '' } };

/** A background stand-in: answers each message with the next answer given, and records what it was sent. */
function background(...answers: unknown[]): { send: Send; sent: unknown[] } {
  const sent: unknown[] = [];
  const send = (async (message: unknown) => {
    sent.push(message);
    return answers.shift();
  }) as Send;
  return { send, sent };
}

describe('requestMatch', () => {
  it('names blocks by place in a kept look, and keeps the look', async () => {
    const { send, sent } = background(MATCHED);
    const result = await requestMatch(send, BLOCKS, ['Q1'], LOOK);
    expect(sent).toEqual([{ type: 'matchPage', blocks: [[5, BLOCKS[0]!.length], 'Short.'], known: ['Q1'], look: 'k1' }]);
    expect(result).toEqual({ answer: MATCHED, look: LOOK });
  });

  it('sends the texts again when the background no longer keeps the look, and drops it', async () => {
    const { send, sent } = background({ lookGone: true }, MATCHED);
    const result = await requestMatch(send, BLOCKS, [], LOOK);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ type: 'matchPage', blocks: BLOCKS, known: [] });
    expect(result).toEqual({ answer: MATCHED, look: undefined });
  });

  it('sends the texts when there is no kept look', async () => {
    const { send, sent } = background(MATCHED);
    expect((await requestMatch(send, BLOCKS, [], undefined)).answer).toBe(MATCHED);
    expect(sent).toEqual([{ type: 'matchPage', blocks: BLOCKS, known: [] }]);
  });

  it('passes on no answer (a reloaded extension) without asking again', async () => {
    const { send, sent } = background(undefined);
    expect(await requestMatch(send, BLOCKS, [], LOOK)).toEqual({ answer: undefined, look: LOOK });
    expect(sent).toHaveLength(1);
  });

  it('asks for the page UI with the match when the page has none yet, on the retry too', async () => {
    const { send, sent } = background({ lookGone: true }, MATCHED);
    await requestMatch(send, BLOCKS, [], LOOK, true);
    expect(sent).toEqual([
      { type: 'matchPage', blocks: [[5, BLOCKS[0]!.length], 'Short.'], known: [], look: 'k1', ui: true },
      { type: 'matchPage', blocks: BLOCKS, known: [], ui: true },
    ]);
  });
});
