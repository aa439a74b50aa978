import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';

/**
 * parseArgs with strict checking, turning its errors into a usage error in Japanese. Positional
 * arguments (a kind, a month, an id) are refused unless the command takes them.
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>, P extends boolean = false>(args: string[], options: O, command: string, allowPositionals?: P) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: (allowPositionals ?? false) as P });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`unyo ${command} の引数が正しくありません: ${detail}\n使い方: unyo help ${command}`);
  }
}
