import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseNumbers } from '../../../../src/core/recognise/numbers';

// Compiled to out/test/core/recognise/numbers/: the repository root is five levels up, shared/ beside it.
const SHARED = process.env.ZHNEWS_SHARED ?? join(__dirname, '..', '..', '..', '..', '..', '..', 'shared');

interface GoldEntity {
  start: number;
  end: number;
  label: string;
  kind?: string;
  text: string;
}

test('quality gate: NUM F1 >= 0.95 and kind accuracy >= 0.95 on the seed article', () => {
  const text = readFileSync(join(SHARED, 'data', 'seed-article.txt'), 'utf8');
  const gold = (JSON.parse(readFileSync(join(SHARED, 'data', 'seed-article.gold.json'), 'utf8')).entities as GoldEntity[]).filter(
    (e) => e.label === 'NUM',
  );
  assert.ok(gold.length >= 80, 'the seed gold has its NUM spans');
  const predicted = recogniseNumbers(text);
  const byKey = new Map(gold.map((g) => [`${g.start}:${g.end}`, g]));
  let tp = 0;
  let kindRight = 0;
  for (const p of predicted) {
    const g = byKey.get(`${p.start}:${p.end}`);
    if (!g) continue;
    tp++;
    if (g.kind === p.kind) kindRight++;
  }
  const precision = tp / predicted.length;
  const recall = tp / gold.length;
  const f1 = (2 * precision * recall) / (precision + recall);
  const spanAndKind = (2 * (kindRight / predicted.length) * (kindRight / gold.length)) / (kindRight / predicted.length + kindRight / gold.length);
  assert.ok(f1 >= 0.95, `NUM F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`);
  assert.ok(spanAndKind >= 0.95, `NUM+kind F1 ${spanAndKind.toFixed(3)}`);
  assert.ok(kindRight / tp >= 0.95, `kind accuracy on matched spans ${(kindRight / tp).toFixed(3)}`);
});

test('the seed article values the guideline names are normalised as it says', () => {
  const text = readFileSync(join(SHARED, 'data', 'seed-article.txt'), 'utf8');
  const byText = new Map(recogniseNumbers(text).map((a) => [text.slice(a.start, a.end), a.value]));
  assert.deepEqual(byText.get('2700亿元'), { value: 270000000000, unit: '元' });
  assert.deepEqual(byText.get('8.8%'), { value: 0.088 });
  assert.deepEqual(byText.get('95.3万辆'), { value: 953000, unit: '辆' });
  assert.deepEqual(byText.get('1月20日'), { date: { month: 1, day: 20 } });
  assert.deepEqual(byText.get('2021—2035年'), { low: 2021, high: 2035, date: { year: 2021 }, dateEnd: { year: 2035 } });
  assert.deepEqual(byText.get('6—8年'), { low: 6, high: 8, unit: '年' });
  assert.deepEqual(byText.get('第四'), { value: 4 });
  assert.deepEqual(byText.get('1/4'), { value: 0.25 });
});
