export { DEFAULT_THRESHOLDS, DevicesSchema, TapeWarningSchema, ThresholdsSchema, type Devices } from './devices.ts';
export { DELIVERABLES_FILE, DeliverablesSchema, type Deliverables } from './deliverables.ts';
export { SETTINGS_SCHEMAS, type SettingsName } from './files.ts';
export { PERSON_ROLES, PeopleSchema, nameAt, type People, type Person } from './people.ts';
export { SitesSchema, scheduleSite, type Site, type Sites } from './sites.ts';
export { CalendarSchema, TimeOfDaySchema, WEEKDAYS, type Calendar, type OperatorWork, type SpecialHours, type Weekday } from './calendar.ts';
export { ROSTER_DAYS, RosterSchema, type Roster, type RosterDay, type RosterOperator, type RosterOverride, type ShiftPattern } from './roster.ts';
export {
  SEVERITIES,
  SLA_CLOCKS,
  SLA_CLOCK_LABELS,
  SLA_METRIC_KINDS,
  SLA_METRIC_KIND_LABELS,
  SLA_PERIODS,
  SLA_UNITS,
  SlaMetricSchema,
  SlaSchema,
  SlaVersionSchema,
  type Severity,
  type Sla,
  type SlaClock,
  type SlaMetric,
  type SlaMetricKind,
  type SlaPeriodKind,
  type SlaVersion,
} from './sla.ts';
