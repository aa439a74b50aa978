import { EXIT, UsageError, type Io } from './io.ts';

/** A command module: its run function and its help text, loaded only when the command is used. */
interface CommandModule {
  run: (args: string[], io: Io) => Promise<number>;
  help: string;
}

const COMMANDS = {
  catalog: async (): Promise<CommandModule> => {
    const m = await import('./commands/catalog.ts');
    return { run: m.runCatalog, help: m.CATALOG_HELP };
  },
  check: async (): Promise<CommandModule> => {
    const m = await import('./commands/check.ts');
    return { run: m.runCheck, help: m.CHECK_HELP };
  },
  hooks: async (): Promise<CommandModule> => {
    const m = await import('./commands/hooks.ts');
    return { run: m.runHooks, help: m.HOOKS_HELP };
  },
  new: async (): Promise<CommandModule> => {
    const m = await import('./commands/new.ts');
    return { run: m.runNew, help: m.NEW_HELP };
  },
  event: async (): Promise<CommandModule> => {
    const m = await import('./commands/event.ts');
    return { run: m.runEvent, help: m.EVENT_HELP };
  },
  codeowners: async (): Promise<CommandModule> => {
    const m = await import('./commands/codeowners.ts');
    return { run: m.runCodeowners, help: m.CODEOWNERS_HELP };
  },
  diff: async (): Promise<CommandModule> => {
    const m = await import('./commands/diff.ts');
    return { run: m.runDiff, help: m.DIFF_HELP };
  },
  log: async (): Promise<CommandModule> => {
    const m = await import('./commands/log.ts');
    return { run: m.runLog, help: m.LOG_HELP };
  },
  status: async (): Promise<CommandModule> => {
    const m = await import('./commands/status.ts');
    return { run: m.runStatus, help: m.STATUS_HELP };
  },
  schedule: async (): Promise<CommandModule> => {
    const m = await import('./commands/schedule.ts');
    return { run: m.runSchedule, help: m.SCHEDULE_HELP };
  },
  shift: async (): Promise<CommandModule> => {
    const m = await import('./commands/shift.ts');
    return { run: m.runShift, help: m.SHIFT_HELP };
  },
  sla: async (): Promise<CommandModule> => {
    const m = await import('./commands/sla.ts');
    return { run: m.runSla, help: m.SLA_HELP };
  },
  report: async (): Promise<CommandModule> => {
    const m = await import('./commands/report.ts');
    return { run: m.runReport, help: m.REPORT_HELP };
  },
  export: async (): Promise<CommandModule> => {
    const m = await import('./commands/export.ts');
    return { run: m.runExport, help: m.EXPORT_HELP };
  },
  'month-end': async (): Promise<CommandModule> => {
    const m = await import('./commands/month-end.ts');
    return { run: m.runMonthEnd, help: m.MONTH_END_HELP };
  },
  build: async (): Promise<CommandModule> => {
    const m = await import('./commands/build.ts');
    return { run: m.runBuild, help: m.BUILD_HELP };
  },
} as const;

const USAGE = `unyo — 図書館システムの運用・保守をコードで管理するツール（operations as code）

使い方: unyo <コマンド> [オプション]
  catalog   運用項目（101 項目）の一覧を表示する
  check     runbook・記録・設定を検証し、問題をすべて報告する（--base で追記のみの原則も、--staged でステージした内容だけ）
  hooks     コミットの前に検証する Git の pre-commit フックを入れる・外す（unyo hooks install / uninstall）
  new       次の記録（インシデント、日次点検表 など）を作成する
  event     インシデント・問い合わせ・作業依頼に事象（第一報・復旧・クローズ など）を追記する
  log       記録の履歴を Git から表示する
  diff      変更が運用に何をするかを日本語で要約する（unyo diff origin/main。プルリクエストの説明に）
  codeowners  .github/CODEOWNERS（レビュー担当）を担当者の役割から作る
  status    進ちょく管理ボード（期限超過・期限間近・定期作業の未実施）を記録から判定する
  schedule  月次運用スケジュール（Markdown・HTML・JSON・iCalendar）を作成する
  sla       サービスレベルの実績（達成・未達成）を記録から測る（unyo sla 2026-11 / 2026H2 / FY2026）
  shift     オペレーターのシフト表（項番 20）の案を月ごとに作り、ルール違反と欠員を報告する
  report    報告書（障害報告書・サービスレベル管理レポート・議事録案）を Markdown・HTML・PDF で作成する
  month-end 月末の締め: 提出物一式（PDF・Excel）をフォルダーに作り、締めを妨げるものを一覧する（unyo month-end 2026-11）
  export    その月の台帳（インシデント・問い合わせ・依頼・変更・問題・作業実施・SLA）を Excel に書き出す
  build     運用ドキュメントの静的サイト（手順書・図・台帳・記録・実施状況・検索）を site/ に生成する
  help      このヘルプ、または unyo help <コマンド> で各コマンドの説明

Usage: unyo <command> [options]; unyo help <command> for details.`;

const isCommand = (name: string): name is keyof typeof COMMANDS => Object.hasOwn(COMMANDS, name);

/** Runs the CLI and returns the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      const topic = args[0];
      if (topic !== undefined && !isCommand(topic)) throw new UsageError(`「${topic}」というコマンドはありません。\n\n${USAGE}`);
      io.stdout(`${topic !== undefined ? (await COMMANDS[topic]()).help : USAGE}\n`);
      return EXIT.ok;
    }
    if (!isCommand(name)) throw new UsageError(`「${name}」というコマンドはありません。\n\n${USAGE}`);
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(`${(await COMMANDS[name]()).help}\n`);
      return EXIT.ok;
    }
    return await (await COMMANDS[name]()).run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `unyo の内部エラーです（不具合の可能性があります）: ${detail}\n` +
        `データは変更していません。UNYO_DEBUG=1 を付けて再実行した出力を添えて報告してください。\n`,
    );
    if (process.env['UNYO_DEBUG'] === '1' && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return EXIT.usage;
  }
}
