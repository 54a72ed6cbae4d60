// An iCalendar (.ics, RFC 5545) file of study blocks, built as text so it needs no server. Pure.

/** One study block: a local date, a start time, a length and what to show. */
export interface StudyBlock {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local start time, HH:MM. */
  start: string;
  minutes: number;
  summary: string;
  description: string;
}

// RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values.
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

// The bytes one code point takes in UTF-8 (no TextEncoder: this folder is pure, with no DOM or Node types).
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + one space); counted in UTF-8 bytes.
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (time: number) =>
  new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Local date + time + minutes as floating iCalendar date-times (no time zone: they stay at that hour wherever the user is). */
function span(block: StudyBlock): [string, string] {
  const [y, mo, d] = block.date.split('-').map(Number);
  const [h, mi] = block.start.split(':').map(Number);
  const end = new Date(Date.UTC(y, mo - 1, d, h, mi + Math.max(1, block.minutes)));
  const fmt = (t: Date) => t.toISOString().slice(0, 19).replace(/[-:]/g, '');
  return [fmt(new Date(Date.UTC(y, mo - 1, d, h, mi))), fmt(end)];
}

/** The .ics text for `blocks`; `uidPrefix` keeps the events' ids stable, so importing again updates them. */
export function studyCalendar(blocks: readonly StudyBlock[], now: number, uidPrefix: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rehearse//Study plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const b of blocks) {
    const [start, end] = span(b);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPrefix}-${b.date}@rehearse`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART:${start}`,
      `DTEND:${end}`,
      `SUMMARY:${escapeText(b.summary)}`,
      `DESCRIPTION:${escapeText(b.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
