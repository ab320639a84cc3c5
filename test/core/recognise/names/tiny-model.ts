import { buildLexicon } from '../../../../src/core/recognise/names/build-lexicon';
import { NameModel } from '../../../../src/core/recognise/names/model';
import { NUM_TAGS } from '../../../../src/core/recognise/names/tags';

/** A model file small enough to write many variants of: 2^6 weight rows, a few of them set. */
export function tinyModelBytes(info: Record<string, unknown> = {}): Buffer {
  const bits = 6;
  const emission = new Float32Array(2 ** bits * NUM_TAGS);
  for (let r = 0; r < 2 ** bits; r += 5) emission[r * NUM_TAGS + (r % NUM_TAGS)] = r / 10;
  const weights = { emission, trans: new Float32Array(NUM_TAGS * NUM_TAGS), start: new Float32Array(NUM_TAGS) };
  return new NameModel(bits, weights, buildLexicon('北京 10 ns\n'), { temperature: 1, a: 1, b: 0 }, info).serialise();
}

/** The same file with its JSON header changed by `edit` (the sections moved so they stay 8-byte aligned). */
export function withHeader(bytes: Buffer, edit: (h: Record<string, unknown>) => void): Buffer {
  const hlen = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + hlen)) as Record<string, unknown>;
  edit(header);
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const pad = (n: number) => Buffer.alloc((8 - (n % 8)) % 8);
  const body = bytes.subarray(8 + hlen + ((8 - ((8 + hlen) % 8)) % 8));
  return Buffer.concat([bytes.subarray(0, 4), len, head, pad(8 + head.length), body]);
}
