// Chronos 2.x has no jobs/summary; its `graph/csv` gives each job's status and state, and the links between
// jobs. Together with the full job list that makes the same summaries 3.x sends.
import type {ChronosJob} from '../jobs/types.js';
import {normaliseStatus} from './shapes.js';
import type {JobSummary} from './types.js';

export interface JobGraph {
	nodes: Map<string, {status: string; state: string}>;
	/** child name → parent names, in the order Chronos listed them. */
	parents: Map<string, string[]>;
}

/** `node,<name>,<status>,<state>` and `link,<parent>,<child>` lines; anything else is skipped. */
export function parseGraphCsv(text: string): JobGraph {
	const graph: JobGraph = {nodes: new Map(), parents: new Map()};
	for (const rawLine of text.split(/\r?\n/)) {
		const fields = rawLine.trim().split(',').map((field) => field.trim());
		const [kind, first, second, third] = fields;
		if (kind === 'node' && first) {
			graph.nodes.set(first, {status: second ?? '', state: third ?? ''});
		} else if (kind === 'link' && first && second) {
			const list = graph.parents.get(second) ?? [];
			if (!list.includes(first)) {
				list.push(first);
			}

			graph.parents.set(second, list);
		}
	}

	return graph;
}

export function summariesFromGraph(jobs: ChronosJob[], graph: JobGraph): JobSummary[] {
	return jobs.map((job) => {
		const node = graph.nodes.get(job.name);
		const linkedParents = graph.parents.get(job.name);
		const parents = linkedParents ?? (Array.isArray(job.parents) ? job.parents : []);
		const dependent = parents.length > 0;
		return {
			name: job.name,
			status: node ? normaliseStatus(node.status) : statusFromDates(job),
			state: node?.state ? node.state : 'idle',
			schedule: dependent ? '' : typeof job.schedule === 'string' ? job.schedule : '',
			parents: dependent ? [...parents] : [],
			disabled: job.disabled === true,
		};
	});
}

/** The rule Chronos itself uses: whichever of lastSuccess and lastError is later. */
function statusFromDates(job: ChronosJob): JobSummary['status'] {
	const success = Date.parse(job.lastSuccess ?? '');
	const failure = Date.parse(job.lastError ?? '');
	if (Number.isNaN(success) && Number.isNaN(failure)) {
		return 'fresh';
	}

	if (Number.isNaN(failure) || (!Number.isNaN(success) && success >= failure)) {
		return 'success';
	}

	return 'failure';
}
