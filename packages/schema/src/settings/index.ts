export { DevicesSchema, type Devices } from './devices.ts';
export { PERSON_ROLES, PeopleSchema, type People, type Person } from './people.ts';
export { SitesSchema, type Site, type Sites } from './sites.ts';
export { CalendarSchema, TimeOfDaySchema, WEEKDAYS, type Calendar, type Weekday } from './calendar.ts';
