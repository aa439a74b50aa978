import { instant } from '@unyo/schema';
import type { Evidence } from './render.ts';
import { by, inSpan, ofKind, unique, type Scope, type Span } from './_scope.ts';

const CHANGE_TYPES = { change: '変更', release: 'リリース' } as const;
const RISKS = { low: '低', medium: '中', high: '高' } as const;
const OUTCOMES = { success: '成功', failed: '失敗', 'rolled-back': '切り戻し' } as const;
const PROBLEM_STATUS = { open: '調査中', 'known-error': '原因判明（暫定手順あり）', resolved: '再発防止策 実施済み', closed: 'クローズ' } as const;
const PATCH_STAGES = { tested: '検証済み', approved: '承認（WSUS）', applied: '適用完了' } as const;
const DECISIONS = { approved: '承認', rejected: '却下', deferred: '保留' } as const;

/** Sections 5 (変更・リリース), 6 (問題管理), 7 (セキュリティ), 10 (改善提案) of the monthly report. */
export interface ChangeSections {
  changes: { id: string; title: string; type: string; risk: string; approvedAt?: string; result: string; documents: string }[];
  problems: { id: string; title: string; status: string; due: string; overdue: boolean; incidents: string[]; prevention: string }[];
  patches: { id: string; product: string; stage: string; counts: string; result: string }[];
  signatures: { days: number; notCurrent: { id: string; note: string }[]; applied: { id: string; note: string }[] };
  improvements: { minutes: string; at: string; text: string; type: string; status: string }[];
  preventionChanges: { id: string; title: string; problems: string[] }[];
  evidence: Evidence[];
}

export function changeSections(scope: Scope, span: Span): ChangeSections {
  const now: Span = { from: 0, to: scope.now + 1 };
  const changes = ofKind(scope.records, 'change').filter((c) => inSpan(c.at, span) || inSpan(c.result?.at, span) || inSpan(c.approval?.at, span));
  const done = changes.filter((c) => inSpan(c.result?.at, span));
  const problems = ofKind(scope.records, 'problem').filter((p) => by(p.at, span) && !by(p.closedAt, { from: 0, to: span.from }));
  const openProblems = problems.filter((p) => !by(p.closedAt, span) && p.status !== 'closed');
  const monthEnd = span.to - 1;
  const patches = ofKind(scope.records, 'patch').filter((p) => inSpan(p.at, span));
  const checks = ofKind(scope.records, 'daily-check').filter((c) => inSpan(c.at, span));
  const notCurrent = checks.filter((c) => c.signatures.some((s) => !s.current));
  const applied = checks.filter((c) => c.signatures.some((s) => s.applied));
  const minutes = ofKind(scope.records, 'minutes').filter((m) => inSpan(m.at, span));
  const improvements = minutes.flatMap((m) =>
    m.decisions.filter((d) => d.type === 'improvement' || d.type === 'knowledge').map((d) => ({ minutes: m.id, at: m.at, text: d.text, type: d.type === 'improvement' ? '改善提案' : 'ナレッジ', status: DECISIONS[d.status] })),
  );
  const prevention = changes.filter((c) => (c.problems ?? []).length > 0);
  const note = (list: { note?: string; device: string }[]) => list.map((s) => `${s.device}: ${s.note ?? ''}`).join(' ');
  return {
    changes: changes.map((c) => ({
      id: c.id,
      title: c.title,
      type: CHANGE_TYPES[c.type],
      risk: RISKS[c.risk],
      ...(by(c.approval?.at, now) ? { approvedAt: c.approval!.at } : {}),
      result: c.result && by(c.result.at, now) ? `${OUTCOMES[c.result.outcome]}（${c.result.at.slice(5, 10).replace('-', '/')}）` : '未実施',
      documents: (c.documents ?? []).map((d) => `${d.title}（期限 ${d.due.slice(5).replace('-', '/')}、${by(d.updatedAt, now) ? '更新済み' : '未更新'}）`).join('、') || '-',
    })),
    problems: problems.map((p) => ({
      id: p.id,
      title: p.title,
      status: PROBLEM_STATUS[p.status],
      due: p.due,
      overdue: (p.status === 'open' || p.status === 'known-error') && instant(p.due) + 86_400_000 <= monthEnd,
      incidents: p.incidents,
      prevention: p.prevention ?? '検討中',
    })),
    patches: patches.map((p) => ({
      id: p.id,
      product: p.product,
      stage: PATCH_STAGES[p.stage],
      counts: p.counts ? `適用 ${p.counts.applied}・失敗 ${p.counts.failed}・保留 ${p.counts.pending}` : '-',
      result: p.result,
    })),
    signatures: {
      days: checks.length,
      notCurrent: notCurrent.map((c) => ({ id: c.id, note: note(c.signatures.filter((s) => !s.current)) })),
      applied: applied.map((c) => ({ id: c.id, note: note(c.signatures.filter((s) => s.applied)) })),
    },
    improvements,
    preventionChanges: prevention.map((c) => ({ id: c.id, title: c.title, problems: c.problems ?? [] })),
    evidence: [
      { key: 'changes', label: '当月の変更・リリース', ids: changes.map((c) => c.id) },
      { key: 'changes-release', label: 'リリース', ids: changes.filter((c) => c.type === 'release').map((c) => c.id) },
      { key: 'changes-change', label: '変更（設定・構成）', ids: changes.filter((c) => c.type === 'change').map((c) => c.id) },
      { key: 'changes-done', label: '当月に実施した変更・リリース', ids: done.map((c) => c.id) },
      { key: 'changes-approved', label: '当月に承認された変更・リリース', ids: changes.filter((c) => inSpan(c.approval?.at, span)).map((c) => c.id) },
      { key: 'problems-opened', label: '当月に登録した問題', ids: problems.filter((p) => inSpan(p.at, span)).map((p) => p.id) },
      { key: 'problems-closed', label: '当月にクローズした問題', ids: problems.filter((p) => inSpan(p.closedAt, span)).map((p) => p.id) },
      { key: 'problems-open', label: '月末でクローズしていない問題', ids: openProblems.map((p) => p.id) },
      { key: 'patches', label: '修正モジュール適用記録', ids: patches.map((p) => p.id) },
      { key: 'patches-applied', label: '適用を完了した修正モジュール', ids: patches.filter((p) => p.stage === 'applied').map((p) => p.id) },
      { key: 'signature-checks', label: 'パターンファイル・シグネチャを確認した日次点検表', ids: checks.map((c) => c.id) },
      { key: 'signature-not-current', label: '最新でない版が見つかった日次点検表', ids: notCurrent.map((c) => c.id) },
      { key: 'signature-applied', label: '手動で更新を適用した日次点検表', ids: applied.map((c) => c.id) },
      { key: 'improvements', label: '改善提案・ナレッジを扱った議事録', ids: unique(improvements.map((i) => i.minutes)) },
      { key: 'prevention-changes', label: '再発防止の変更', ids: prevention.map((c) => c.id) },
    ],
  };
}
