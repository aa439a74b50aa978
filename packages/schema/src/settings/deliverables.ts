import { z } from 'zod';

/** The title block's settings, relative to the repo root. */
export const DELIVERABLES_FILE = 'settings/deliverables.yaml';

/** settings/deliverables.yaml: the title block of every report the library receives (公用文の宛先・提出者). */
export const DeliverablesSchema = z.strictObject({
  /** 宛先: the addressee, one line each (「○○市立中央図書館長 様」). */
  to: z.array(z.string().min(1)).min(1),
  /** 提出者: the submitter, one line each (受託者名、部署、氏名). */
  from: z.array(z.string().min(1)).min(1),
  /** Dates in the Japanese era (令和8年11月30日), as official documents write them; true unless false. */
  wareki: z.boolean().optional(),
});

export type Deliverables = z.output<typeof DeliverablesSchema>;
