import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's python3 with openpyxl (the first python3 on PATH may lack it): a reader that is not exceljs. */
const PYTHON = '/usr/bin/python3';

const SCRIPT = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "creator": wb.properties.creator, "created": wb.properties.created.isoformat(), "modified": wb.properties.modified.isoformat(), "data": {}}
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        cells.append([{"t": c.data_type, "v": c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value, "dt": isinstance(c.value, datetime.datetime), "fmt": c.number_format} for c in row])
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    out["data"][ws.title] = {"cells": cells, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "widths": widths}
print(json.dumps(out, ensure_ascii=False))
`;

export interface ReadCell {
  /** openpyxl's data_type: s string, n number, d date, f formula. */
  t: string;
  v: unknown;
  dt: boolean;
  fmt: string;
}

export interface ReadBook {
  sheets: string[];
  creator: string;
  created: string;
  modified: string;
  data: Record<string, { cells: ReadCell[][]; freeze: string | null; filter: string | null; widths: Record<string, number> }>;
}

/** The workbook at `file` as openpyxl reads it. */
export async function readWithOpenpyxl(file: string): Promise<ReadBook> {
  const { stdout } = await run(PYTHON, ['-c', SCRIPT, file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as ReadBook;
}
