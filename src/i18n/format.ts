// Date formatting per language: nl shows dd-mm-jjjj, en shows d MMM yyyy.
export function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (!year || !month || !day) return iso;
  if (language === 'nl') return `${day}-${month}-${year}`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Date and time of an ISO moment in local time: `24-11-2026 14:05` in nl. */
export function formatDateTime(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  return `${formatDate(local, language)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
