import { describe, expect, it } from 'vitest';
import { parseRunbook } from './runbook.ts';

const FRONTMATTER = `id: 2
name: 進ちょく管理
path: [管理業務, インシデント管理, 進ちょく管理]
summary: 障害対応の進ちょくを確認する。
period: 随時
cycles:
  - kind: on-demand
duties:
  maintenance: []
  support:
    - 管理表の記載を確認する。
evidence: [incident]`;

const VALID = `---\n${FRONTMATTER}\n---\n\n# 2. 進ちょく管理\n\n- [障害受付](../failure/052-incident-intake.md)\n`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (text: string | Uint8Array) => parseRunbook('runbooks/x/002-x.md', typeof text === 'string' ? utf8(text) : text);
const replace = (from: string, to: string) => VALID.replace(from, to);

describe('parseRunbook', () => {
  it('reads a valid runbook, its body and its links', () => {
    const { runbook, problems } = parse(VALID);
    expect(problems).toEqual([]);
    expect(runbook?.item.id).toBe(2);
    expect(runbook?.bodyLine).toBe(15);
    expect(runbook?.links).toEqual([
      { href: '../failure/052-incident-intake.md', line: 18, column: 10, excerpt: '- [障害受付](../failure/052-incident-intake.md)' },
    ]);
    expect(runbook?.locate(['duties', 'support', 0])).toMatchObject({ line: 12, column: 7 });
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n\n  \n'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])],
    ['invalid UTF-8 (Shift_JIS) on line 3', new Uint8Array([...utf8('---\nid: 2\nname: '), 0x90, 0x69, 0x82, 0xbf, ...utf8('\n---\n')])],
    ['a BOM', `\uFEFF${VALID}`],
    ['CRLF line endings', VALID.replace(/\n/g, '\r\n')],
    ['no frontmatter', '# 本文だけ\n'],
    ['an unclosed frontmatter', `---\n${FRONTMATTER}\n`],
    ['broken YAML (an unclosed flow sequence)', replace('evidence: [incident]', 'evidence: [incident')],
    ['a tab as indentation', replace('  support:', '\tsupport:')],
    ['a duplicate key', replace('period: 随時', 'period: 随時\nperiod: 日次')],
    ['an alias bomb', replace('evidence: [incident]', `evidence: [incident]\nrelated: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\nx1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nx3: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]`)],
    ['an unknown key', replace('period: 随時', 'period: 随時\nperiodd: 日次')],
    ['an id that is not a number', replace('id: 2', 'id: "二"')],
    ['an id out of range', replace('id: 2', 'id: 102')],
    ['a missing name', replace('name: 進ちょく管理\n', '')],
    ['an unknown cycle kind', replace('kind: on-demand', 'kind: sometimes')],
    ['an unknown evidence kind', replace('evidence: [incident]', 'evidence: [incidents]')],
    ['a path of one level', replace('path: [管理業務, インシデント管理, 進ちょく管理]', 'path: [進ちょく管理]')],
    ['a frontmatter that is a list', '---\n- 1\n- 2\n---\n'],
  ])('%s gives one clear problem', (_, input) => {
    const { runbook, problems } = parse(input);
    expect(problems).toHaveLength(1);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toMatchSnapshot();
    if (problems[0]?.code === 'file-bom' || problems[0]?.code === 'file-crlf') expect(runbook).toBeDefined();
    else expect(runbook).toBeUndefined();
  });

  it('reports every schema problem of a file, not the first', () => {
    const { problems } = parse(replace('id: 2', 'id: 0').replace('period: 随時', 'period: 3').replace('evidence: [incident]', 'evidence: []'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual([
      '2:5 schema-invalid',
      '6:9 schema-invalid',
      '13:11 schema-invalid',
    ]);
  });
});
