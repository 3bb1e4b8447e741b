// Facts about the province that several pages share: its time zone, the years the calendar covers, and the
// codes of the ethnic groups (their names are in the message bundles, group.<code>).
export const ZONE = 'Asia/Ho_Chi_Minh';
export const FIRST_YEAR = 1901;
export const LAST_YEAR = 2198;
export const ETHNIC_GROUPS = ['thai', 'mong', 'dao', 'ha-nhi', 'lu', 'giay', 'kho-mu', 'la-hu', 'mang', 'cong',
  'si-la', 'tay', 'kinh', 'hoa', 'phu-la', 'bo-y'];

/** Today's year and month (1-12) in Lai Châu, whatever the visitor's own time zone. */
export function nowInLaiChau() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: 'numeric' })
    .formatToParts(new Date());
  const part = (type) => Number(parts.find((p) => p.type === type).value);
  return { year: part('year'), month: part('month') };
}

/** The year if it is one the calendar covers, else this year in Lai Châu. */
export function coveredYearOr(year) {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : nowInLaiChau().year;
}
