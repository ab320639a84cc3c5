import { Scored } from './list-rules';
import { grownIntoOrganisations } from './span-edges';

/**
 * 曹悦名师工作室, 程桂芳劳模创新工作室, 李文燕名班主任工作室: a studio named after the person who leads it is
 * an organisation, the person's name inside it (the model reads the person alone).
 */
const STUDIO = /^(?:名师|名班主任|劳模创新|劳模|技能大师|大师|职工创新|创新|专家|书记|名医|名校长|非遗传承)?工作室/;
/**
 * 董家口消防救援站, 昆山消防救援大队: a fire and rescue unit named by its place is an organisation.
 */
const FIRE_UNIT = /^(?:消防救援|消防)(?:总队|支队|大队|中队|站|队)/;

export function unitsNamedByPeopleAndPlaces<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('工作室') < 0 && text.indexOf('消防') < 0) return spans;
  return grownIntoOrganisations(spans, (s) => {
    const after = text.slice(s.end, s.end + 8);
    const m = s.label === 'PER' ? STUDIO.exec(after) : s.label === 'LOC' ? FIRE_UNIT.exec(after) : null;
    return m ? m[0].length : 0;
  });
}
