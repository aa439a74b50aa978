import type { Settings } from '@unyo/read';
import { INCIDENT_CATEGORIES, IsoDateSchema, IsoDateTimeSchema, REPORT_TYPES, ReportPeriodSchema, SEVERITIES, type ReportType, type StoredRecordKind } from '@unyo/schema';
import type { Choice, Io } from './io.ts';

const CATEGORY_LABELS: Record<(typeof INCIDENT_CATEGORIES)[number], string> = {
  network: 'ネットワーク',
  server: 'サーバ',
  software: 'ソフトウェア',
  security: 'セキュリティ',
  'business-program': '業務プログラム',
  hardware: 'ハードウェア',
};

/** The severities with what they mean (as settings/sla.yaml defines their targets), so that an operator can pick without the manual. */
const SEVERITY_CHOICES: Record<(typeof SEVERITIES)[number], Choice> = {
  S1: { value: 'S1', label: 'S1 重大', hint: '全館・複数館で貸出・返却・予約・登録ができない、WebOPAC 全停止、データ消失・個人情報漏えいの疑い' },
  S2: { value: 'S2', label: 'S2 高', hint: '一館の業務全体が停止、または主要機能が停止（回避策あり。WebOPAC 停止、夜間バッチ失敗など）' },
  S3: { value: 'S3', label: 'S3 中', hint: '端末・プリンタ・ハンディ・自動貸出機が 1 台故障、業務は続けられる' },
  S4: { value: 'S4', label: 'S4 低', hint: '表示の乱れ・帳票レイアウト・要望' },
};

/** The reports with the item that makes them, so that the operator picks the one the runbook names. */
const REPORT_CHOICES: Record<ReportType, Choice> = {
  daily: { value: 'daily', label: '日次報告書', hint: '項番 98' },
  monthly: { value: 'monthly', label: '月次報告書', hint: '項番 99' },
  incident: { value: 'incident', label: '障害報告書', hint: '項番 54・97' },
  sla: { value: 'sla', label: 'サービスレベル管理レポート', hint: '項番 13' },
  performance: { value: 'performance', label: '性能管理報告', hint: '項番 10' },
  minutes: { value: 'minutes', label: '議事録', hint: '項番 101' },
  'ad-hoc': { value: 'ad-hoc', label: '随時報告書', hint: '項番 97' },
};

/** A report's period (2026-11-27, 2026-11, 2026H2) or the id of the record it is about. */
const periodOrRecord = (typed: string) => {
  const t = typed.normalize('NFKC').trim();
  return ReportPeriodSchema.safeParse(t).success || /^[A-Z]+-\d{4}-\d{2,4}(-\d{2})?$/.test(t)
    ? { value: t }
    : { error: `「${typed}」は対象期間でも記録 id でもありません。日次は 2026-11-27、月次は 2026-11、半期は 2026H2、障害報告書は INC-2026-0105 の形で入力してください。` };
};

const dateTime = (typed: string) => {
  const t = typed.normalize('NFKC').trim();
  const full = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t) ? `${t}:00+09:00` : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\+09:00$/.test(t) ? t.replace('+09:00', ':00+09:00') : t;
  return IsoDateTimeSchema.safeParse(full).success ? { value: full } : { error: `「${typed}」は日時ではありません。2026-11-16T10:00 の形（日本時間）で入力してください。` };
};

/** A question of `unyo new` with what it accepts: choices from the settings, or a check of the typed text. */
export interface Question {
  key: string;
  text: string;
  choices?: Choice[];
  /** Turns what was typed into the stored value, or says what is wrong with it. */
  accept?: (typed: string) => { value: string } | { error: string };
}

/** A choice typed instead of picked: its value, its label, or its number in the list. */
function acceptChoice(choices: Choice[]): (typed: string) => { value: string } | { error: string } {
  return (typed) => {
    const t = typed.normalize('NFKC').trim();
    const found = choices.find((c, i) => c.value === t || c.label.normalize('NFKC') === t || String(i + 1) === t || c.label.normalize('NFKC').startsWith(`${t} `));
    return found ? { value: found.value } : { error: `「${typed}」は選べません。次のどれかを番号・id・名前で入力してください:\n${choices.map((c, i) => `  ${i + 1}. ${c.label}${c.value && c.value !== c.label ? `（${c.value}）` : ''}`).join('\n')}` };
  };
}

const date = (typed: string) => (IsoDateSchema.safeParse(typed.normalize('NFKC').trim()).success ? { value: typed.normalize('NFKC').trim() } : { error: `「${typed}」は日付ではありません。2026-12-10 の形で入力してください。` });

/** Completes a question of `unyo new` with the choices and checks that the settings give. */
export function withChoices(kind: StoredRecordKind, key: string, text: string, settings: Settings): Question {
  const question: Question = { key, text };
  let choices: Choice[] | undefined;
  if (key === 'site') {
    choices = settings.sites.map((s) => ({ value: s.id, label: s.name, hint: s.id }));
    if (kind === 'incident') choices.push({ value: '', label: '館なし（監視の検知・オペレータの発見）' });
  } else if (key === 'category' && kind === 'incident') {
    choices = INCIDENT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c], hint: c }));
  } else if (key === 'severity') {
    choices = SEVERITIES.map((s) => SEVERITY_CHOICES[s]);
  } else if (key === 'report' && kind === 'report') {
    choices = REPORT_TYPES.map((r) => REPORT_CHOICES[r]);
  }
  if (choices) {
    question.choices = choices;
    question.accept = acceptChoice(choices);
  } else if (key === 'deadline' || key === 'due') {
    question.accept = date;
  } else if (key === 'period' && kind === 'report') {
    question.accept = periodOrRecord;
  } else if (key === 'submitted-at') {
    question.accept = dateTime;
  } else if (key === 'items') {
    question.accept = (typed) => {
      const numbers = typed.normalize('NFKC').split(/[,、\s]+/).filter(Boolean);
      return numbers.length > 0 && numbers.every((n) => /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= 101)
        ? { value: numbers.join(',') }
        : { error: `「${typed}」は運用項目の項番（1〜101、複数はカンマ区切り）ではありません。npx unyo catalog で項番を確かめてください。` };
    };
  } else if (key === 'incidents') {
    question.accept = (typed) => {
      const ids = typed.normalize('NFKC').split(/[,、\s]+/).filter(Boolean);
      return ids.every((id) => /^INC-\d{4}-\d{4}$/.test(id)) ? { value: ids.join(',') } : { error: `「${typed}」はインシデント番号（INC-2026-0001 の形、複数はカンマ区切り）ではありません。` };
    };
  }
  return question;
}

/**
 * Asks one question in a terminal: a list to pick from where the settings give the choices, text
 * otherwise; a typed value is asked again until it is one the check accepts. An empty answer leaves
 * the field open (the record then lists it as still to fill).
 */
export async function askQuestion(io: Io, question: Question): Promise<string | undefined> {
  if (question.choices && io.choose) return io.choose(question.text, question.choices);
  if (!io.ask) return undefined;
  const list = question.choices ? `（${question.choices.map((c, i) => `${i + 1}. ${c.label}`).join('　')}）` : '';
  for (;;) {
    const typed = (await io.ask(`${question.text}${list}: `)).trim();
    if (typed === '' || !question.accept) return typed || undefined;
    const result = question.accept(typed);
    if ('value' in result) return result.value;
    io.stderr(`${result.error}\n`);
  }
}
