// Days in words ("November 23, 2026") for emails and pages, always in UTC: the zone every stored date and every
// deadline in the portal is counted in, so a date reads the same to everyone.
const longDay = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export const formatLongDate = (value: Date) => longDay.format(value);
