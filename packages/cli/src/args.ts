import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';

/** parseArgs with strict checking, turning its errors into a usage error in Japanese. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`unyo ${command} の引数が正しくありません: ${detail}\n使い方: unyo help ${command}`);
  }
}
