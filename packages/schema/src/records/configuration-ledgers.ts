import { instant } from '../time.ts';
import type { Configuration, PermissionReview, SoftwareEntry, TapeMedium } from './configuration.ts';

/** Anything with a kind; the ledgers read the configuration records among them. */
type Recordish = { kind: string };

const configurations = (records: readonly Recordish[], until?: string): Configuration[] =>
  (records.filter((r) => r.kind === 'configuration') as Configuration[])
    .filter((r) => until === undefined || instant(r.at) < instant(until))
    .sort((a, b) => instant(a.at) - instant(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** One line of a device's installed-software list, with the record that last changed it. */
export interface InstalledSoftware extends SoftwareEntry {
  /** The version before the last change, when it changed one. */
  previous?: string;
  /** When the line was last changed (the record's `at`). */
  changedAt: string;
  /** The record that last changed it. */
  record: string;
  /** The record that changed it first (the inventory or the installation). */
  firstRecord: string;
}

/**
 * The installed-software list (item 39) as the configuration records leave it before `until`
 * (an ISO date-time or date, exclusive; all records without it): every line of every record in
 * time order, the latest per device and name winning. Removed software stays, as removed (the
 * runbook keeps such lines, with the day and the record). Sorted by device, then name.
 */
export function softwareInventory(records: readonly Recordish[], until?: string): InstalledSoftware[] {
  const lines = new Map<string, InstalledSoftware>();
  for (const r of configurations(records, until)) {
    for (const s of r.software ?? []) {
      const key = `${s.device}\u0000${s.name}`;
      const before = lines.get(key);
      const previous = before?.state === 'installed' && s.version !== undefined && before.version !== s.version ? before.version : undefined;
      const line: InstalledSoftware = { ...s, changedAt: r.at, record: r.id, firstRecord: before?.firstRecord ?? r.id };
      const version = s.version ?? before?.version;
      const publisher = s.publisher ?? before?.publisher;
      const licence = s.licence ?? before?.licence;
      if (version !== undefined) line.version = version;
      if (publisher !== undefined) line.publisher = publisher;
      if (licence !== undefined) line.licence = licence;
      if (previous !== undefined) line.previous = previous;
      lines.set(key, line);
    }
  }
  return [...lines.values()].sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One cartridge of the tape media ledger as last read, with its tape device and record. */
export interface TapeLedgerLine extends TapeMedium {
  /** The tape device (the record's `device`). */
  device: string;
  /** When it was last read or changed (the record's `at`). */
  countedAt: string;
  /** The record of that reading. */
  record: string;
}

/**
 * The tape media ledger (item 42) before `until` (exclusive; all records without it): the latest
 * line per cartridge of the configuration records' `media`, sorted by cartridge.
 */
export function tapeLedger(records: readonly Recordish[], until?: string): TapeLedgerLine[] {
  const lines = new Map<string, TapeLedgerLine>();
  for (const r of configurations(records, until)) {
    for (const m of r.media ?? []) lines.set(m.id, { ...m, device: r.device ?? '', countedAt: r.at, record: r.id });
  }
  return [...lines.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** When a cartridge is due for replacement: within `usesPercent` % of its maximum uses, or `days` days of its expiry. */
export interface TapeWarning {
  /** The share of the maximum uses, in %, within which the cartridge is replaced soon (10: from 90 % used). */
  usesPercent: number;
  /** The days before its expiry from which it is replaced soon. */
  days: number;
}

/** How close a cartridge in use is to a limit: ok, warning (within the warning), or over (at or past it). */
export interface TapeState {
  state: 'ok' | 'warning' | 'over';
  /** Uses left before the maximum (negative when past it). */
  usesLeft: number;
  /** Days left before the expiry (negative when past it). */
  daysLeft: number;
  /** Which limit is near or reached: uses, expiry, or both. */
  reasons: ('uses' | 'expiry')[];
}

const DAY_MS = 24 * 3600_000;

/**
 * How close `medium` is to its maximum uses and expiry on `today` (an ISO date, JST): over when
 * the uses reached the maximum or the expiry is today or past, warning when the uses are within
 * `warning.usesPercent` % of the maximum or the expiry is within `warning.days` days. Pure.
 */
export function tapeState(medium: Pick<TapeMedium, 'uses' | 'maxUses' | 'expires'>, warning: TapeWarning, today: string): TapeState {
  const usesLeft = medium.maxUses - medium.uses;
  const daysLeft = Math.round((instant(medium.expires) - instant(today.slice(0, 10))) / DAY_MS);
  const usesOver = usesLeft <= 0;
  const expiryOver = daysLeft <= 0;
  const usesNear = usesLeft <= (medium.maxUses * warning.usesPercent) / 100;
  const expiryNear = daysLeft <= warning.days;
  const reasons: TapeState['reasons'] = [...(usesNear ? (['uses'] as const) : []), ...(expiryNear ? (['expiry'] as const) : [])];
  return { state: usesOver || expiryOver ? 'over' : reasons.length > 0 ? 'warning' : 'ok', usesLeft, daysLeft, reasons };
}

/** A permission review with its record: when, on which system, by whom. */
export interface PermissionReviewLine extends PermissionReview {
  record: string;
  at: string;
  by: string;
  device: string;
  cause?: string;
}

/** The permission reviews (47, 48) before `until` (exclusive), oldest first. */
export function permissionReviews(records: readonly Recordish[], until?: string): PermissionReviewLine[] {
  return configurations(records, until).flatMap((r) =>
    r.review === undefined ? [] : [{ ...r.review, record: r.id, at: r.at, by: r.by, device: r.device ?? '', ...(r.cause === undefined ? {} : { cause: r.cause }) }],
  );
}
