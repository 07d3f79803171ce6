// Dates on staff pages are shown in UTC, the zone the quarter and review windows are counted in.
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const formatDate = (value: Date) => date.format(value);
export const formatDateTime = (value: Date) => `${dateTime.format(value)} UTC`;
