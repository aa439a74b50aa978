export { officeDay, siteDay, specialHoursOn, stockTakingPeriods, type SiteDay } from './calendar.ts';
export { addDays, addMonths, dayOfMonth, datesBetween, lastDayOfMonth, monthsBetween, nextMonth, nthWeekday, weekdayOf } from './dates.ts';
export { holidayName } from './holidays.ts';
export { formatJapaneseDate, formatWareki } from './wareki.ts';
