import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commitFiles } from '@unyo/history';
import { appendEvent, isOpen, nextEvent } from '@unyo/scaffold';
import { INCIDENT_EVENT_LABELS, IsoDateTimeSchema, formatJst, type AnyRecord } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { resolvePerson } from '../person.ts';
import { openRepo } from '../root.ts';

export const EVENT_HELP = `unyo event <記録id> <事象> — インシデント・問い合わせ・作業依頼の記録に事象を追記します（既存の行は変えません）
  インシデント: 第一報 対応開始 SE連絡 暫定復旧 復旧 恒久対応 一時中断 再開 クローズ（英名 first-report restored closed なども可）
  問い合わせ:   回答（answered） クローズ（closed）
  作業依頼:     実施（executed） クローズ（closed）
  --note <文>          内容（回答・作業結果・一時中断の理由には必須）
  --at <日時>          日時（既定: 現在、日本時間）
  --by <担当者id>      記録者（既定: git の user.name / user.email から settings/people.yaml を引く）
  --waiting-on <相手>  一時中断で待つ相手: library（図書館）または third-party（業者など）
  --commit             追記したファイルだけを標準のメッセージでコミットします
  --root <dir>         リポジトリのルート
引数なし: 未完了の記録と、次に記録しそうな事象を一覧します（端末では記録と事象を ↑↓ で選び Enter。最初に選ばれているのが次の事象）。`;

export async function runEvent(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    args,
    { note: { type: 'string' }, at: { type: 'string' }, by: { type: 'string' }, 'waiting-on': { type: 'string' }, commit: { type: 'boolean' }, root: { type: 'string' } },
    'event',
    true,
  );
  const { values, positionals } = parsed;
  if (values.at !== undefined && !IsoDateTimeSchema.safeParse(values.at).success) throw new UsageError(`--at ${values.at} は使えません。2026-11-27T09:30+09:00 の形で指定してください。`);
  const ws = await openRepo(io.cwd, values.root);
  const root = ws.root;
  const { records } = await ws.records();
  let [id, event] = positionals;
  let note = values.note;
  if (id === undefined) {
    const open = records.filter((r) => ['incident', 'inquiry', 'request'].includes(r.record.kind) && isOpen(r.record));
    if (open.length === 0) {
      io.stdout('未完了の記録はありません。\n');
      return EXIT.ok;
    }
    io.stdout(`${open.map((r, i) => `${String(i + 1).padStart(2)}. ${r.record.id}  ${title(r.record)}  次の事象: ${label(nextEvent(r.record))}`).join('\n')}\n`);
    let chosen: (typeof open)[number] | undefined;
    if (io.choose) {
      const picked = await io.choose('記録する記録', [...open.map((r) => ({ value: r.record.id, label: `${r.record.id}  ${title(r.record)}`, hint: `次: ${label(nextEvent(r.record))}` })), { value: '', label: '終了（何も記録しない）' }]);
      chosen = open.find((r) => r.record.id === picked);
    } else if (io.ask) {
      chosen = open[Number((await io.ask('番号（Enter で終了）: ')).trim().normalize('NFKC')) - 1];
    }
    if (!chosen) return EXIT.ok;
    id = chosen.record.id;
    const next = nextEvent(chosen.record);
    if (io.choose) {
      const events = [...new Set([next, ...eventsOf(chosen.record)].filter((e): e is string => e !== undefined))];
      event = await io.choose('事象', events.map((e) => ({ value: e, label: label(e) })));
    } else if (io.ask) {
      event = (await io.ask(`事象 [${label(next)}]: `)).trim() || next;
    }
    if (note === undefined && io.ask) note = (await io.ask('内容（Enter で既定の文）: ')).trim() || undefined;
  }
  const found = records.find((r) => r.record.id === id);
  if (!found) {
    io.stderr(`記録 ${id} が見つかりません。unyo event（引数なし）で未完了の記録を確認してください。\n`);
    return EXIT.problems;
  }
  if (event === undefined) throw new UsageError(`事象を指定してください（例: unyo event ${id} ${nextEvent(found.record) ?? '第一報'}）。`);
  const { settings } = await ws.settings();
  const by = await resolvePerson(root, values.by, settings.people, io);
  const at = values.at ?? formatJst((io.now ?? Date.now)());
  const result = appendEvent({ text: found.text, record: found.record, event, at, by, note, waitingOn: values['waiting-on'] });
  if (!result.ok) {
    io.stderr(`${found.file}: ${result.message}\nファイルは変更していません。\n`);
    return EXIT.problems;
  }
  const file = path.join(root, found.file);
  // Written whole beside the repo's root (not in records/), then renamed over the record in one step.
  const temp = path.join(root, `.unyo-${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, result.text, { flag: 'wx' });
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  io.stdout(`${found.file} に ${label(result.event)}（${at}）を追記しました。\n`);
  if (values.commit) {
    try {
      const commit = await commitFiles(root, [found.file], `${found.record.kind}: ${id} ${result.event}\n\nRecorded by unyo event.`);
      io.stdout(`コミットしました: ${commit}\n`);
    } catch (error) {
      io.stderr(`コミットできませんでした（追記は済んでいます）: ${error instanceof Error ? error.message.trim().split('\n')[0] : String(error)}\n`);
      return EXIT.problems;
    }
  }
  return EXIT.ok;
}

/** The events a record of this kind may take, in the order they usually come. */
function eventsOf(record: AnyRecord): string[] {
  if (record.kind === 'incident') return [...Object.keys(INCIDENT_EVENT_LABELS).filter((e) => e !== 'received'), 'paused', 'resumed'];
  if (record.kind === 'inquiry') return ['answered', 'closed'];
  return ['executed', 'closed'];
}

const OTHER_LABELS: Record<string, string> = { answered: '回答', executed: '実施', closed: 'クローズ', paused: '一時中断', resumed: '再開' };

/** The Japanese label of an event name, with the name. */
function label(event: string | undefined): string {
  if (event === undefined) return '-';
  const ja = (INCIDENT_EVENT_LABELS as Record<string, string>)[event] ?? OTHER_LABELS[event];
  return ja ? `${ja}（${event}）` : event;
}

const title = (record: AnyRecord): string =>
  record.kind === 'incident' || record.kind === 'request' ? record.title : record.kind === 'inquiry' ? record.question.slice(0, 30) : '';
