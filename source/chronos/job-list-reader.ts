// The full job list, read as its text arrives (see json-array-stream.ts): each job is checked at the boundary
// and offered to `reuse` as soon as it is read, so an unchanged job never exists twice and the body never
// exists whole. Every body is judged as reading the whole at once judged it, with the same errors.
import type {ChronosJob} from '../jobs/types.js';
import {JsonArrayStream} from './json-array-stream.js';
import {SharedValues} from './shared-values.js';
import {expectJobList, isJobLike, malformed, parseJsonBody, readServerJob, type BodySource} from './shapes.js';

/** Enough of the body's start for the excerpt an error shows (see malformed), and the sign that it goes on. */
const excerptLength = 2001;

export class JobListReader {
	private jobs: ChronosJob[] = [];
	private head = '';
	/** A body that does not start as a list is kept whole (it is no job list, and small as a rule). */
	private whole: string | undefined;
	private started = false;
	/** White space before the first character, which says whether this is a list. */
	private leading = '';
	private allJobs = true;
	private readonly elements: JsonArrayStream;
	private readonly shared = new SharedValues();

	constructor(private readonly reuse: (job: ChronosJob) => ChronosJob = job => job) {
		this.elements = new JsonArrayStream(element => {
			if (this.allJobs && isJobLike(element)) {
				this.shared.share(element as unknown as Record<string, unknown>);
				this.jobs.push(this.reuse(readServerJob(element)));
			} else {
				// Read on regardless: a body that is not JSON at all is called that, as ever.
				this.allJobs = false;
				this.jobs = [];
			}
		});
	}

	push(text: string): void {
		if (this.head.length < excerptLength) this.head += text.slice(0, excerptLength - this.head.length);
		if (this.whole !== undefined) {
			this.whole += text;
		} else if (this.started) {
			this.elements.push(text);
		} else {
			this.leading += text;
			const first = /\S/.exec(this.leading)?.[0];
			if (first === undefined) return;
			this.started = true;
			if (first === '[') {
				this.elements.push(this.leading);
			} else {
				this.whole = this.leading;
			}
			this.leading = '';
		}
	}

	/** The jobs read; throws the error reading the whole body at once would have given. */
	finish(source: BodySource): ChronosJob[] {
		const whole = this.whole ?? (this.started ? undefined : this.leading);
		if (whole !== undefined) return expectJobList(parseJsonBody(whole, source), whole, source);
		if (!this.elements.end()) throw malformed(`Chronos sent a response that is not valid JSON (${source.label})`, this.head, source);
		if (!this.allJobs) throw malformed(`Chronos sent a response that is not a list of jobs (${source.label})`, this.head, source);
		return this.jobs;
	}
}

/** A job list already held whole, read the same way. */
export function readJobList(body: string, source: BodySource, reuse?: (job: ChronosJob) => ChronosJob): ChronosJob[] {
	const reader = new JobListReader(reuse);
	reader.push(body);
	return reader.finish(source);
}
