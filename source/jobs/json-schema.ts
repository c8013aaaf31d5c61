// A JSON Schema (2020-12) of a job file, for editors: point VS Code or a YAML language server at it and
// fields complete and typos show as you type. It states the shapes; the validator (validate.ts) adds the
// rules a schema cannot say well (limits per site, image grammar, schedule dates, suggestions).
import {chronosNamePattern} from './name.js';
import {recasProfile} from './profile.js';
import {jobFieldKinds, simpleKindSchemas} from './shape.js';

const sizePattern = String.raw`^\s*(\d+(\.\d*)?|\.\d+)\s*([kKmMgGtT]([iI]?[bB])?)?\s*$`;
const schedulePattern = String.raw`^R\d*/[^/]*/P.+$`;

const size = (what: string) => ({
	description: `${what} in megabytes, or a size with a unit: 512M, 8G, 1.5G (1G = 1024 MB).`,
	oneOf: [
		{type: 'number', minimum: 0},
		{type: 'string', pattern: sizePattern},
	],
});

/** A field whose type the job's shape (shape.ts) states; the schema only adds words. */
const typed = (field: keyof typeof jobFieldKinds, description: string, extra: Record<string, unknown> = {}) => ({
	...simpleKindSchemas[jobFieldKinds[field] as keyof typeof simpleKindSchemas],
	description,
	...extra,
});
const flag = (description: string) => ({type: 'boolean', description});

const job = {
	type: 'object',
	title: 'Chronos job',
	required: ['name', 'command'],
	additionalProperties: false,
	properties: {
		name: {
			type: 'string',
			pattern: chronosNamePattern.source,
			description: 'Unique job name: letters, digits, "-", "_", ".". On ReCaS: <username>-words-joined-by-dashes.',
		},
		command: typed('command', 'What to run. With shell true it runs under /bin/sh -c.'),
		shell: typed('shell', 'Run the command through /bin/sh -c (default true). With false, command is a program and arguments its arguments.', {default: true}),
		arguments: typed('arguments', 'Arguments for the command; used only when shell is false.'),
		schedule: {
			type: 'string',
			pattern: schedulePattern,
			description: 'R<times>/<start>/<period>: R1//P1Y runs once, now; R/2026-12-01T10:00:00Z/P1D every day from 1 Dec; empty times = forever, empty start = now.',
			examples: ['R1//P1Y', 'R5/2026-12-01T10:00:00Z/PT2H', 'R//P1D'],
		},
		scheduleTimeZone: typed('scheduleTimeZone', 'Time zone of the schedule start, e.g. Europe/Rome; empty for UTC.'),
		parents: {
			type: 'array',
			items: {type: 'string', pattern: chronosNamePattern.source},
			description: 'Jobs that must succeed before this one runs. A job has a schedule or parents, not both.',
		},
		epsilon: typed('epsilon', 'Chronos 2.x only: how late a run may start, as an ISO 8601 duration (PT1M).'),
		retries: typed('retries', 'How many times a failed run is retried.', {default: 2}),
		cpus: {
			description: 'CPU cores (fractions allowed, e.g. 0.5).',
			oneOf: [
				{type: 'number', exclusiveMinimum: 0, maximum: recasProfile.limits.cpus},
				{type: 'string', pattern: String.raw`^\s*(\d+(\.\d*)?|\.\d+)\s*$`},
			],
		},
		mem: size('Memory'),
		disk: size('Sandbox disk space (0 = the server default)'),
		gpus: {type: 'integer', minimum: 0, maximum: recasProfile.limits.gpus, description: 'Whole GPUs.'},
		container: {$ref: '#/$defs/container'},
		environmentVariables: {
			type: 'array',
			description: 'Environment variables for the command.',
			items: {
				type: 'object',
				required: ['name', 'value'],
				additionalProperties: false,
				properties: {
					name: {type: 'string', pattern: String.raw`^[A-Za-z_]\w*$`},
					value: {type: ['string', 'number', 'boolean']},
				},
			},
		},
		runAsUser: typed('runAsUser', 'The user the command runs as; on ReCaS, your username.'),
		owner: typed('owner', 'Who is told about failures; on ReCaS, your username.'),
		ownerName: typed('ownerName', 'Owner name shown in the web interface; on ReCaS, your username.'),
		description: typed('description', 'Free text about the job.'),
		disabled: typed('disabled', 'Keep the job but never run it.'),
		concurrent: typed('concurrent', 'Allow a new run while the previous one still runs.'),
		softError: typed('softError', 'Do not disable the job after failures.'),
		highPriority: typed('highPriority', 'Put runs of this job ahead of others.'),
		maxCompletionTime: typed('maxCompletionTime', 'Kill a run after this many seconds.'),
		constraints: {
			type: 'array',
			description: 'Mesos agent attributes a run must match, e.g. ["hostname", "EQUALS", "gpu01"].',
			items: {
				type: 'array',
				prefixItems: [{type: 'string'}, {enum: ['EQUALS', 'LIKE', 'UNLIKE']}, {type: 'string'}],
				minItems: 3,
				maxItems: 3,
			},
		},
		uris: typed('uris', 'Files to download into the sandbox (not together with fetch).'),
		fetch: {
			type: 'array',
			description: 'Files to download into the sandbox, with options (not together with uris).',
			items: {
				type: 'object',
				required: ['uri'],
				properties: {
					uri: {type: 'string'},
					executable: {type: 'boolean'},
					extract: {type: 'boolean'},
					cache: {type: 'boolean'},
					outputFile: {type: 'string'},
				},
			},
		},
		executor: typed('executor', 'Custom Mesos executor; rarely used.'),
		executorFlags: typed('executorFlags', 'Flags for the custom executor.'),
		taskInfoData: typed('taskInfoData', 'Data passed to the custom executor.'),
		dataProcessingJobType: typed('dataProcessingJobType', 'Marks a data-processing job; rarely used.'),
		successCount: typed('successCount', 'Set by the server.', {readOnly: true}),
		errorCount: typed('errorCount', 'Set by the server.', {readOnly: true}),
		lastSuccess: typed('lastSuccess', 'Set by the server: time of the last success, or "".', {readOnly: true}),
		lastError: typed('lastError', 'Set by the server: time of the last failure, or "".', {readOnly: true}),
		errorsSinceLastSuccess: typed('errorsSinceLastSuccess', 'Set by the server.', {readOnly: true}),
	},
	// `type: 'object'` inside these keeps them from refusing a list of jobs at the top of a file.
	allOf: [
		{
			if: {type: 'object', required: ['parents'], properties: {parents: {minItems: 1}}},
			then: {not: {type: 'object', required: ['schedule']}},
		},
		{not: {type: 'object', required: ['uris', 'fetch'], properties: {uris: {minItems: 1}, fetch: {minItems: 1}}}},
	],
};

const container = {
	type: 'object',
	required: ['type', 'image'],
	additionalProperties: false,
	properties: {
		type: {
			type: 'string',
			enum: ['mesos', 'MESOS', 'docker', 'DOCKER'],
			description: 'Which containerizer runs the image; ReCaS uses mesos.',
		},
		image: {
			type: 'string',
			minLength: 1,
			description: 'Image reference, e.g. registry-clustergpu.recas.ba.infn.it/<project>/<image>:<tag>.',
		},
		forcePullImage: flag('Pull the image again before every run.'),
		network: {enum: ['HOST', 'BRIDGE', 'USER'], description: 'Container network mode (HOST by default).'},
		volumes: {type: 'array', items: {$ref: '#/$defs/volume'}},
		parameters: {
			type: 'array',
			items: {type: 'object', required: ['key', 'value'], properties: {key: {type: 'string'}, value: {type: 'string'}}},
		},
	},
};

const volume = {
	type: 'object',
	required: ['containerPath', 'hostPath', 'mode'],
	additionalProperties: false,
	properties: {
		containerPath: {type: 'string', pattern: '^/', description: 'Absolute path inside the container.'},
		hostPath: {type: 'string', pattern: '^/', description: 'Absolute path on the node; on ReCaS under /lustre.'},
		mode: {enum: ['RW', 'RO'], description: 'RW read-write, RO read-only.'},
	},
};

/**
 * One job, or a list of jobs, as a job file holds them. The job's keywords sit at the top (object keywords
 * do not apply to a list), so editors and tools that read `properties` find the fields directly.
 */
export const jobJsonSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	...job,
	title: 'chronos-tui job file',
	description: 'A Chronos job (or a list of jobs) as chronos-tui submit and validate read it.',
	type: ['object', 'array'],
	items: {$ref: '#/$defs/job'},
	$defs: {job, container, volume},
} as const;
