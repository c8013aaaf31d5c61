// Schedules from simple words: '2h' for a period, '2026-12-01 10:00' for a start (UTC), turned into the
// ISO 8601 pieces Chronos reads. Text that cannot be read is passed on as typed, for the check to explain.
import {parseStartDate} from '../../jobs/schedule.js';
import type {WizardDraft} from './draft.js';

const unitWords: Record<string, string> = {
	s: 'S',
	sec: 'S',
	second: 'S',
	seconds: 'S',
	m: 'M',
	min: 'M',
	minute: 'M',
	minutes: 'M',
	h: 'H',
	hour: 'H',
	hours: 'H',
	d: 'D',
	day: 'D',
	days: 'D',
	w: 'W',
	week: 'W',
	weeks: 'W',
	mo: 'MO',
	month: 'MO',
	months: 'MO',
	y: 'Y',
	year: 'Y',
	years: 'Y',
};

/** '2h' → 'PT2H', '1 day' → 'P1D', 'PT30M' stays. Anything else is returned as typed for the schedule check to judge. */
export function periodFromWords(text: string): string {
	const trimmed = text.trim();
	const match = /^(\d+)\s*([a-z]+)$/i.exec(trimmed);
	if (!match) return trimmed.toUpperCase();
	const unit = unitWords[match[2]!.toLowerCase()];
	if (unit === undefined) return trimmed;
	const count = match[1]!;
	if (unit === 'S' || unit === 'M' || unit === 'H') return `PT${count}${unit}`;
	if (unit === 'MO') return `P${count}M`;
	return `P${count}${unit}`;
}

/** '2026-12-01 10:00' → ISO in UTC; '' or 'now' → '' (now). Text that is no date is returned for the check to judge. */
export function startFromWords(text: string): string {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.toLowerCase() === 'now') return '';
	const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(trimmed);
	if (!match) return trimmed;
	const normalised = `${match[1]}T${match[2] ?? '00:00'}${(match[3] ?? 'Z').toUpperCase()}`;
	const parsed = parseStartDate(normalised);
	return parsed.ok ? parsed.date.toISOString() : normalised;
}

/** The schedule string the draft describes ('' for dependent jobs). */
export function draftSchedule(draft: WizardDraft): string {
	if (draft.kind === 'dependent') return '';
	const start = startFromWords(draft.start);
	if (draft.kind === 'once') return `R1/${start}/P1Y`;
	return `R${draft.times.trim()}/${start}/${periodFromWords(draft.every)}`;
}
