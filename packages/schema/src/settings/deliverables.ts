import { z } from 'zod';

/** The title block's settings, relative to the repo root. */
export const DELIVERABLES_FILE = 'settings/deliverables.yaml';

/** settings/deliverables.yaml: the title block of every report the library receives (公用文の宛先・提出者). */
export const DeliverablesSchema = z.strictObject({
  /** 宛先: the addressee, one line each (「○○市立中央図書館長 様」). */
  to: z.array(z.string().min(1)).min(1).meta({ description: '宛先（1 行ずつ、例: ○○市立中央図書館長 様）', examples: [['○○市立中央図書館長 様']] }),
  /** 提出者: the submitter, one line each (受託者名、部署、氏名). */
  from: z.array(z.string().min(1)).min(1).meta({ description: '提出者（1 行ずつ: 受託者名・部署・氏名）' }),
  /** Dates in the Japanese era (令和8年11月30日), as official documents write them; true unless false. */
  wareki: z.boolean().meta({ description: '日付を和暦（令和8年11月30日）で書く。false で西暦' }).optional(),
});

export type Deliverables = z.output<typeof DeliverablesSchema>;
