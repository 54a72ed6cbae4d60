import { describe, expect, it } from 'vitest';
import { studyCalendar } from '../../../src/lib/ics';

const block = (date: string, minutes: number, summary = 'Rehearse: 6 reviews + 3 exam passes') => ({
  date,
  start: '18:00',
  minutes,
  summary,
  description: 'Interview on 2026-12-04',
});

describe('study calendar (.ics)', () => {
  const text = studyCalendar([block('2026-11-25', 12), block('2026-11-30', 75)], Date.parse('2026-11-25T10:00:00Z'), 'plan-2026-12-04');
  const lines = text.split('\r\n');

  it('is a VCALENDAR with one event per study day, CRLF line ends', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('puts each block at its local time for its length, with stable ids and a UTC stamp', () => {
    expect(lines).toContain('DTSTART:20261125T180000');
    expect(lines).toContain('DTEND:20261125T181200');
    expect(lines).toContain('DTEND:20261130T191500');
    expect(lines).toContain('UID:plan-2026-12-04-2026-11-30@rehearse');
    expect(lines).toContain('DTSTAMP:20261125T100000Z');
  });

  it('escapes text and folds long lines at 75 octets', () => {
    const long = studyCalendar([block('2026-11-25', 5, 'Concurrency, GIL; and \\ more: ' + 'é'.repeat(60))], 0, 'x');
    const rows = long.split('\r\n');
    expect(rows.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const unfolded = long.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Concurrency\\, GIL\\; and \\\\ more: ' + 'é'.repeat(60));
  });

  it('is an empty calendar with no blocks', () => {
    expect(studyCalendar([], 0, 'x')).not.toContain('VEVENT');
  });
});
