import { Label, NumKind } from '../types';

/**
 * The words hover cards use, in English and Simplified Chinese. Cards are composed in core (the
 * language server has no `vscode.l10n`), so the server passes the editor's display language here.
 */
export interface CardMessages {
  label: Record<Label, string>;
  kind: Record<NumKind, string>;
  value: string;
  range: string;
  date: string;
  mentions: string;
  role: string;
  people: string;
  confidence: string;
  suggested: string;
  accepted: string;
  manual: string;
}

const EN: CardMessages = {
  label: { PER: 'Person', ORG: 'Organisation', LOC: 'Place', NUM: 'Number', TERM: 'Glossary term' },
  kind: { DATE: 'date', PERCENT: 'percentage', MONEY: 'money', QUANTITY: 'quantity', CARDINAL: 'count', ORDINAL: 'rank' },
  value: 'Value',
  range: 'Range',
  date: 'Date',
  mentions: 'Mentions in this article',
  role: 'Role',
  people: 'People',
  confidence: 'Confidence',
  suggested: 'suggestion',
  accepted: 'accepted',
  manual: 'marked by you',
};

const ZH: CardMessages = {
  label: { PER: '人名', ORG: '机构', LOC: '地名', NUM: '数字', TERM: '术语' },
  kind: { DATE: '日期', PERCENT: '百分比', MONEY: '金额', QUANTITY: '数量', CARDINAL: '基数', ORDINAL: '序数' },
  value: '数值',
  range: '范围',
  date: '日期',
  mentions: '本文提及次数',
  role: '职务',
  people: '相关人物',
  confidence: '置信度',
  suggested: '建议',
  accepted: '已确认',
  manual: '人工标注',
};

export function cardMessages(locale: string | undefined): CardMessages {
  return locale && locale.toLowerCase().startsWith('zh') ? ZH : EN;
}
