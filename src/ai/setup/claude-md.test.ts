import { BEGIN, END, POINTER_BLOCK, upsertPointer } from './claude-md';

const count = (s: string, part: string) => s.split(part).length - 1;

describe('CLAUDE.md pointer (cli#115)', () => {
  it('an absent file gets the block; a second run changes nothing', () => {
    const once = upsertPointer(undefined);
    expect(once).toBe(POINTER_BLOCK + '\n');
    expect(upsertPointer(once)).toBe(once);
  });

  it('a stale block is replaced; title and prose are kept; exactly one block', () => {
    const text = `# Title\n\nSome prose.\n\n${BEGIN}\nold pointer\n${END}\nafter\n`;
    const out = upsertPointer(text);
    expect(out).toBe(`# Title\n\nSome prose.\n\n${POINTER_BLOCK}\nafter\n`);
    expect(count(out, BEGIN)).toBe(1);
    expect(upsertPointer(out)).toBe(out);
  });

  it('a begin marker without an end marker absorbs the rest into one well-formed block', () => {
    const out = upsertPointer(`# T\n${BEGIN}\nleftover\nmore\n`);
    expect(out).toBe(`# T\n${POINTER_BLOCK}\n`);
    expect([count(out, BEGIN), count(out, END)]).toEqual([1, 1]);
  });

  it('prose without a block gets the block appended after a blank line', () => {
    expect(upsertPointer('# T\nprose')).toBe(`# T\nprose\n\n${POINTER_BLOCK}\n`);
  });
});
