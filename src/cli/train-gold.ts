/** The gold of `zhnews train --from DIR`: JSON Lines gold files and article sidecars found under DIR. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GoldSentence, splitLines } from '../core/recognise/names/corpora';
import { NameLabel } from '../core/recognise/names/tags';
import { InputError, located } from './errors';
import { readGold } from './gold';
import { formatLocated, parseSidecar } from '../core/sidecar';
import { readTextFile } from './read-text';

/** Gold sentences from every *.jsonl under `dir` (recursively), one document per line. */
export function readUserGold(dir: string): GoldSentence[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(located(dir, 1, 1, 'not a folder'));
  const out: GoldSentence[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.annotations.json')) out.push(...readSidecarGold(p));
      else if (name.endsWith('.jsonl')) {
        for (const doc of readGold(p)) {
          const spans = doc.entities
            .filter((e) => e.label === 'PER' || e.label === 'ORG' || e.label === 'LOC')
            .map((e) => ({ start: e.start, end: e.end, label: e.label as NameLabel }));
          out.push(...splitLines({ text: doc.text, spans, doc: `${p}#${doc.id}` }));
        }
      }
    }
  };
  walk(dir);
  return out;
}

/** An article's sidecar as gold: its PER/ORG/LOC annotations that an editor did not reject. */
function readSidecarGold(path: string): GoldSentence[] {
  const parsed = parseSidecar(readTextFile(path), path);
  if (!parsed.sidecar) throw new InputError(parsed.errors.map(formatLocated).join('\n'));
  const text = readTextFile(join(dirname(path), parsed.sidecar.document.path));
  const spans = parsed.sidecar.annotations
    .filter((a) => a.status !== 'rejected' && (a.label === 'PER' || a.label === 'ORG' || a.label === 'LOC'))
    .filter((a) => text.slice(a.start, a.end) === a.quote.exact)
    .map((a) => ({ start: a.start, end: a.end, label: a.label as NameLabel }));
  return splitLines({ text, spans, doc: path });
}
