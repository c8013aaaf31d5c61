// Fields of a server's job document that had the wrong type. The client takes them out of the job at the
// boundary, so no part of the program meets a number where it reads text, and notes here what was wrong,
// so the views and `show` can say "(invalid: …)" instead of quietly showing nothing.
import type {ChronosJob} from './types.js';

/** Top-level field → what was wrong with it, e.g. `schedule` → `expected a string, got the number 42`. */
export type InvalidFields = ReadonlyMap<string, string>;

const noInvalidFields: InvalidFields = new Map();
// Keyed by the job object itself: a job rebuilt from the form or a file is a new object and has no marks.
const marks = new WeakMap<object, InvalidFields>();

export function markInvalidFields(job: object, invalid: InvalidFields): void {
	if (invalid.size > 0) {
		marks.set(job, invalid);
	}
}

export function invalidFieldsOf(job: object | undefined): InvalidFields {
	return (job && marks.get(job)) ?? noInvalidFields;
}

/** `(invalid: expected a string, got the number 42)` when the server sent this field in a wrong type. */
export function invalidNote(job: ChronosJob | undefined, field: string): string | undefined {
	const reason = invalidFieldsOf(job).get(field);
	return reason === undefined ? undefined : `(invalid: ${reason})`;
}

/** `(invalid)` for a table cell showing any of these fields, when the server sent one in a wrong type. */
export function invalidCell(job: ChronosJob | undefined, ...fields: string[]): string | undefined {
	const invalid = invalidFieldsOf(job);
	return fields.some(field => invalid.has(field)) ? '(invalid)' : undefined;
}

/** One `label, (invalid: …)` pair per bad field, for the details view and `show`. */
export function invalidFieldNotes(job: ChronosJob | undefined): Array<{label: string; note: string}> {
	return [...invalidFieldsOf(job)].map(([field, reason]) => ({
		// The longest field name would not fit the label column of either view.
		label: field === 'environmentVariables' ? 'environment' : field,
		note: `(invalid: ${reason})`,
	}));
}
