import {describe, test, expect} from 'vitest';
import {hasErrors, validateJob, type ValidationContext} from '../../source/jobs/validate.js';
import {firstJobTemplate} from '../../source/jobs/defaults.js';
import {recasProfile} from '../../source/jobs/profile.js';
import type {ChronosJob, JobProblem} from '../../source/jobs/types.js';
import trainingJob from './fixtures/guide-training-job.json' with {type: 'json'};
import firstJob from './fixtures/guide-first-job.json' with {type: 'json'};

const ctx: ValidationContext = {profile: recasProfile, username: 'alice', now: new Date('2026-11-25T12:00:00Z')};

function good(): Record<string, unknown> {
	return structuredClone(firstJob) as Record<string, unknown>;
}

function problemsOf(job: unknown, context: ValidationContext = ctx): JobProblem[] {
	return validateJob(job, context).problems;
}

function at(problems: JobProblem[], path: string): JobProblem[] {
	return problems.filter((problem) => problem.path === path);
}

function only(problems: JobProblem[], path: string, severity: 'error' | 'warning' = 'error'): string {
	const found = at(problems, path).filter((problem) => problem.severity === severity);
	expect(found, `${severity} at ${path} in ${JSON.stringify(problems)}`).toHaveLength(1);
	return found[0]!.message;
}

function withChange(change: Record<string, unknown>): Record<string, unknown> {
	return {...good(), ...change};
}

describe('the guide examples', () => {
	test('the first job validates cleanly and comes back unchanged', () => {
		const result = validateJob(firstJob, ctx);
		expect(result.problems).toEqual([]);
		expect(result.job).toEqual(firstJob);
	});

	test('the training job example, placeholders filled in, validates cleanly', () => {
		const result = validateJob(trainingJob, ctx);
		expect(result.problems).toEqual([]);
		expect(result.job?.container?.volumes).toEqual([{containerPath: '/lustre/home/alice', hostPath: '/lustre/home/alice', mode: 'RW'}]);
	});

	test('the first-job template is the guide example', () => {
		expect(firstJobTemplate(recasProfile, 'alice')).toEqual(firstJob);
	});
});

describe('input shape', () => {
	test.each([
		[null, /not null/],
		['job', /not the text 'job'/],
		[42, /not the number 42/],
		[[], /a list/],
	])('%j is refused with a clear message', (input, message) => {
		const problems = problemsOf(input);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(/a job must be an object/);
		expect(problems[0]!.message).toMatch(message);
	});

	test('every problem is reported at once, and no job comes back', () => {
		const result = validateJob(
			{name: 'my job', command: 42, cpus: 0, mem: '8X', gpus: 1.5, retries: -1, container: {type: 'mesos', image: 'Bad Image'}},
			ctx,
		);
		expect(result.job).toBeUndefined();
		const paths = new Set(result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.path));
		expect([...paths].sort()).toEqual(['command', 'container.image', 'cpus', 'gpus', 'mem', 'name', 'retries'].sort());
	});

	test('wrong types say which type was expected', () => {
		const problems = problemsOf(withChange({shell: 'yes', retries: '2', description: 7, arguments: 'a b', concurrent: 1}));
		expect(only(problems, 'shell')).toBe("expected true or false, got the text 'yes'");
		expect(only(problems, 'retries')).toMatch(/expected a whole number, 0 or more, got the text '2'/);
		expect(only(problems, 'description')).toMatch(/expected a string, got the number 7/);
		expect(only(problems, 'arguments')).toMatch(/expected a list of strings/);
		expect(only(problems, 'concurrent')).toMatch(/expected true or false/);
	});

	test('a missing command is an error that shows an example', () => {
		const job = good();
		delete job.command;
		expect(only(problemsOf(job), 'command')).toMatch(/needs a command/);
		expect(only(problemsOf(withChange({command: '   '})), 'command')).toMatch(/needs a command/);
	});
});

describe('name', () => {
	test('a name with spaces names the bad characters and suggests a fixed name', () => {
		const message = only(problemsOf(withChange({name: 'alice-my job'})), 'name');
		expect(message).toMatch(/contains spaces, which Chronos refuses/);
		expect(message).toMatch(/try 'alice-my-job'/);
	});

	test('the username prefix is required', () => {
		const message = only(problemsOf(withChange({name: 'training-run'})), 'name');
		expect(message).toMatch(/must start with your username and a dash, 'alice-'/);
		expect(message).toMatch(/try 'alice-training-run'/);
	});

	test('underscores, double dashes and a trailing dash each get their own message', () => {
		expect(only(problemsOf(withChange({name: 'alice-my_job'})), 'name')).toMatch(/'_': join words with dashes.*'alice-my-job'/);
		expect(only(problemsOf(withChange({name: 'alice--job'})), 'name')).toMatch(/double dash.*'alice-job'/);
		expect(only(problemsOf(withChange({name: 'alice-job-'})), 'name')).toMatch(/ends with a dash.*'alice-job'/);
		expect(only(problemsOf(withChange({name: 'alice-'})), 'name')).toMatch(/needs words after 'alice-'/);
	});

	test('the suggestion does not repeat a username already there', () => {
		expect(only(problemsOf(withChange({name: 'Alice-Training'})), 'name')).toMatch(/try 'alice-Training'/);
		const messages = at(problemsOf(withChange({name: 'alice_training_run'})), 'name').map((problem) => problem.message);
		expect(messages).toHaveLength(2);
		for (const message of messages) {
			expect(message).toMatch(/try 'alice-training-run'/);
		}
	});

	test('a missing or non-string name is an error', () => {
		const job = good();
		delete job.name;
		expect(only(problemsOf(job), 'name')).toMatch(/needs a name, e.g. alice-/);
		expect(only(problemsOf(withChange({name: 12})), 'name')).toMatch(/expected a string, got the number 12/);
	});

	test('a site without the prefix rule accepts any Chronos name', () => {
		const open = {...ctx, profile: {...recasProfile, requireUserPrefix: false}};
		expect(at(problemsOf(withChange({name: 'My_Job.v2'}), open), 'name')).toEqual([]);
		expect(only(problemsOf(withChange({name: 'my/job'}), open), 'name')).toMatch(/'\/', which Chronos refuses.*'my-job'/);
	});

	test('a name already on the server warns that submitting replaces it', () => {
		const existing = {...ctx, existingJobNames: new Set(['alice-my-first-job-submission'])};
		const result = validateJob(firstJob, existing);
		expect(only(result.problems, 'name', 'warning')).toMatch(/already exists: submitting replaces it/);
		expect(result.job).toBeDefined();
	});
});

describe('resources', () => {
	test('memory and disk accept sizes with units and come back in megabytes', () => {
		const result = validateJob(withChange({mem: '8G', disk: '512M'}), ctx);
		expect(result.problems).toEqual([]);
		expect(result.job).toMatchObject({mem: 8192, disk: 512});
	});

	test('cpus in quotes are read like Chronos reads them', () => {
		expect(validateJob(withChange({cpus: '0.5'}), ctx).job?.cpus).toBe(0.5);
	});

	test('disk 0 means the server default and is fine; memory 0 is not', () => {
		expect(at(problemsOf(withChange({disk: 0})), 'disk')).toEqual([]);
		expect(only(problemsOf(withChange({mem: 0})), 'mem')).toMatch(/memory must be more than 0/);
	});

	test('cpus must be more than zero', () => {
		expect(only(problemsOf(withChange({cpus: 0})), 'cpus')).toMatch(/more than 0/);
		expect(only(problemsOf(withChange({cpus: 'two'})), 'cpus')).toMatch(/expected a number of CPUs/);
	});

	test('gpus are whole numbers, 0 or more', () => {
		expect(only(problemsOf(withChange({gpus: 1.5})), 'gpus')).toMatch(/whole number, 0 or more, not 1.5/);
		expect(only(problemsOf(withChange({gpus: -1})), 'gpus')).toMatch(/whole number/);
		expect(only(problemsOf(withChange({gpus: '1'})), 'gpus')).toMatch(/expected a whole number of GPUs/);
		expect(at(problemsOf(withChange({gpus: 0})), 'gpus')).toEqual([]);
	});

	test('limits name the limit', () => {
		expect(only(problemsOf(withChange({gpus: 8})), 'gpus')).toBe('8 GPUs is more than one node has: at most 4');
		expect(only(problemsOf(withChange({cpus: 128})), 'cpus')).toMatch(/at most 64/);
		expect(only(problemsOf(withChange({mem: '600G'})), 'mem')).toBe('600 GB of memory is more than one node has: at most 512 GB');
		expect(only(problemsOf(withChange({disk: '2T'})), 'disk')).toMatch(/at most 1 TB/);
	});

	test('a size that is not a size says how to write one', () => {
		expect(only(problemsOf(withChange({mem: 'lots'})), 'mem')).toMatch(/'lots' is not a size.*8G/);
		expect(only(problemsOf(withChange({mem: true})), 'mem')).toMatch(/expected megabytes/);
	});
});

describe('image', () => {
	function imageProblems(image: unknown): JobProblem[] {
		return at(problemsOf(withChange({container: {type: 'mesos', image}})), 'container.image');
	}

	test('registry with port, nested path, tag and digest are understood', () => {
		expect(imageProblems('registry-clustergpu.recas.ba.infn.it/group/sub/image-name:2.1')).toEqual([]);
		expect(
			imageProblems(`registry-clustergpu.recas.ba.infn.it/group/image@sha256:${'a'.repeat(64)}`),
		).toEqual([]);
		const withPort = imageProblems('localhost:5000/team/tool:1.0');
		expect(withPort).toHaveLength(1);
		expect(withPort[0]!.message).toMatch(/comes from registry localhost:5000, not registry-clustergpu/);
	});

	test('a missing tag or :latest is a warning', () => {
		const untagged = imageProblems('registry-clustergpu.recas.ba.infn.it/alice/tool');
		expect(untagged).toMatchObject([{severity: 'warning'}]);
		expect(untagged[0]!.message).toMatch(/has no tag, so it means :latest.*pin a version/);
		expect(imageProblems('registry-clustergpu.recas.ba.infn.it/alice/tool:latest')[0]!.message).toMatch(/uses :latest/);
	});

	test('an image from Docker Hub is a warning naming the site registry', () => {
		const problems = imageProblems('nvidia/cuda:12.2.0-base-ubuntu22.04');
		expect(problems).toMatchObject([{severity: 'warning'}]);
		expect(problems[0]!.message).toMatch(/comes from Docker Hub, not registry-clustergpu.recas.ba.infn.it/);
	});

	test('broken references are errors that say what is wrong', () => {
		expect(imageProblems('registry-clustergpu.recas.ba.infn.it/Alice/Tool:1')[0]!.message).toMatch(/must be lower case/);
		expect(imageProblems('registry-clustergpu.recas.ba.infn.it/alice/tool:-bad')[0]!.message).toMatch(/':-bad' is not a tag/);
		expect(imageProblems('registry-clustergpu.recas.ba.infn.it//tool:1')[0]!.message).toMatch(/empty part/);
		expect(imageProblems('my image')[0]!.message).toMatch(/contains spaces/);
		expect(imageProblems('alice/tool@sha256:xyz')[0]!.message).toMatch(/not a digest/);
		expect(imageProblems('')[0]!.message).toMatch(/needs a container image/);
		expect(imageProblems(5)[0]!.message).toMatch(/expected a string/);
	});
});

describe('container', () => {
	test('a job without a container is refused: only containers run', () => {
		const job = good();
		delete job.container;
		expect(only(problemsOf(job), 'container')).toMatch(/runs only container images/);
	});

	test('container type must be mesos or docker; docker is a warning on ReCaS', () => {
		const image = 'registry-clustergpu.recas.ba.infn.it/a/b:1';
		expect(only(problemsOf(withChange({container: {type: 'podman', image}})), 'container.type')).toMatch(/use 'mesos' or 'docker'/);
		expect(only(problemsOf(withChange({container: {type: 'DOCKER', image}})), 'container.type', 'warning')).toMatch(/runs 'mesos' containers/);
		expect(at(problemsOf(withChange({container: {type: 'MESOS', image}})), 'container.type')).toEqual([]);
	});

	test('the network mode must be one Chronos knows, as it does not forgive others', () => {
		const image = 'registry-clustergpu.recas.ba.infn.it/a/b:1';
		expect(at(problemsOf(withChange({container: {type: 'mesos', image, network: 'BRIDGE'}})), 'container.network')).toEqual([]);
		expect(only(problemsOf(withChange({container: {type: 'mesos', image, network: 'host'}})), 'container.network')).toMatch(
			/one of HOST, BRIDGE, USER \(in capitals\), not "host"/,
		);
	});

	test('unknown container fields get a did-you-mean', () => {
		const image = 'registry-clustergpu.recas.ba.infn.it/a/b:1';
		expect(only(problemsOf(withChange({container: {type: 'mesos', image, volume: []}})), 'container.volume', 'warning')).toMatch(
			/did you mean 'volumes'/,
		);
	});
});

describe('volumes', () => {
	function volumeProblems(volumes: unknown): JobProblem[] {
		return problemsOf(withChange({container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/a/b:1', volumes}}));
	}

	const volume = {containerPath: '/lustre/home/alice', hostPath: '/lustre/home/alice', mode: 'RW'};

	test('paths must be absolute and must not go up', () => {
		const problems = volumeProblems([{...volume, containerPath: 'data', hostPath: '/lustre/home/../../etc'}]);
		expect(only(problems, 'container.volumes.0.containerPath')).toMatch(/'data' is not an absolute path/);
		expect(only(problems, 'container.volumes.0.hostPath')).toMatch(/contains '\.\.'/);
	});

	test('a host path outside the site storage roots is a warning that names them, not an error', () => {
		expect(only(volumeProblems([{...volume, hostPath: '/home/alice'}]), 'container.volumes.0.hostPath', 'warning')).toBe(
			"'/home/alice' is outside the site's storage (/lustre, /lustrehome): the run fails if the cluster's nodes cannot mount it",
		);
		expect(at(volumeProblems([{...volume, hostPath: '/home/alice'}]), 'container.volumes.0.hostPath').map(problem => problem.severity)).toEqual(['warning']);
		expect(only(volumeProblems([{...volume, hostPath: '/lustre2/alice'}]), 'container.volumes.0.hostPath', 'warning')).toMatch(/outside/);
		expect(at(volumeProblems([{...volume, hostPath: '/lustre'}]), 'container.volumes.0.hostPath')).toEqual([]);
	});

	test("the guide's first-job example mounts the lustre home, /lustrehome/<user>: accepted", () => {
		const home = {containerPath: '/lustrehome/alice', hostPath: '/lustrehome/alice', mode: 'RW'};
		expect(at(volumeProblems([home]), 'container.volumes.0.hostPath')).toEqual([]);
	});

	test('mode is RW or RO', () => {
		expect(at(volumeProblems([{...volume, mode: 'ro'}]), 'container.volumes.0.mode')).toEqual([]);
		expect(only(volumeProblems([{...volume, mode: 'write'}]), 'container.volumes.0.mode')).toMatch(/'RW' \(read-write\) or 'RO'/);
		const {mode: _mode, ...withoutMode} = volume;
		expect(only(volumeProblems([withoutMode]), 'container.volumes.0.mode')).toMatch(/say how to mount it/);
	});

	test('a lower-case mode is read as Chronos reads it, in capitals', () => {
		const job = withChange({container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/a/b:1', volumes: [{...volume, mode: 'ro'}]}});
		expect(validateJob(job, ctx).job?.container?.volumes?.[0]?.mode).toBe('RO');
	});

	test('the same container path twice is refused, naming the first', () => {
		const problems = volumeProblems([volume, {...volume, mode: 'RO'}]);
		expect(only(problems, 'container.volumes.1.containerPath')).toMatch(/mounted twice \(also by container.volumes.0\)/);
	});

	test('volumes must be a list of objects', () => {
		expect(only(volumeProblems(volume), 'container.volumes')).toMatch(/expected a list of \{containerPath, hostPath, mode\}, got an object/);
		expect(only(volumeProblems(['/lustre']), 'container.volumes.0')).toMatch(/expected an object/);
	});

	test('a typo in a volume field gets a did-you-mean', () => {
		const problems = volumeProblems([{containerPath: '/lustre/a', hostpath: '/lustre/a', mode: 'RO'}]);
		expect(only(problems, 'container.volumes.0.hostpath', 'warning')).toMatch(/did you mean 'hostPath'/);
		expect(only(problems, 'container.volumes.0.hostPath')).toMatch(/path is required/);
	});
});

describe('schedule and parents', () => {
	test('a bad schedule reports the parser message', () => {
		expect(only(problemsOf(withChange({schedule: 'R1/P1Y'})), 'schedule')).toMatch(/three parts/);
		expect(only(problemsOf(withChange({schedule: 'R1/1960-01-01T00:00:00Z/P1D'})), 'schedule')).toMatch(/before 1970/);
		expect(only(problemsOf(withChange({schedule: 'R//PT0S'})), 'schedule')).toMatch(/zero/);
	});

	test('a past start warns and says when the next run is', () => {
		const message = only(problemsOf(withChange({schedule: 'R/2026-11-01T08:00:00Z/P1D'})), 'schedule', 'warning');
		expect(message).toMatch(/in the past.*next run is 26 Nov 2026 08:00 UTC/);
		expect(only(problemsOf(withChange({schedule: 'R1/2026-11-01T08:00:00Z/P1D'})), 'schedule', 'warning')).toMatch(/will not run/);
	});

	test('R0 warns that the job never runs', () => {
		expect(only(problemsOf(withChange({schedule: 'R0//P1D'})), 'schedule', 'warning')).toMatch(/never runs/);
	});

	test('schedule and parents together are refused', () => {
		expect(only(problemsOf(withChange({parents: ['alice-prepare']})), 'parents')).toMatch(/either on a schedule or after its parents, not both/);
	});

	test('an empty parents list beside a schedule is dropped, since Chronos would take it for a dependent job', () => {
		const result = validateJob(withChange({parents: []}), ctx);
		expect(result.problems).toEqual([]);
		expect(result.job).not.toHaveProperty('parents');
		expect(result.job?.schedule).toBe('R1//P1Y');
	});

	test('neither schedule nor parents is a warning explaining what Chronos does', () => {
		const job = good();
		delete job.schedule;
		const result = validateJob(job, ctx);
		expect(only(result.problems, 'schedule', 'warning')).toMatch(/R1\/<now>\/PT24H/);
		expect(result.job).toBeDefined();
	});

	test('a dependent job needs parents that exist and are not itself', () => {
		const job = good();
		delete job.schedule;
		const existing = {...ctx, existingJobNames: new Set(['alice-prepare'])};
		expect(validateJob({...job, parents: ['alice-prepare']}, existing).problems).toEqual([]);
		const problems = problemsOf({...job, parents: ['alice-missing', 'alice-my-first-job-submission', 'bad name']}, existing);
		expect(only(problems, 'parents.0')).toMatch(/no job named 'alice-missing'.*silently drop/);
		expect(only(problems, 'parents.1')).toMatch(/cannot depend on itself/);
		expect(only(problems, 'parents.2')).toMatch(/cannot be a job name/);
		expect(only(problemsOf({...job, parents: []}), 'parents')).toMatch(/at least one parent/);
		expect(only(problemsOf({...job, parents: 'alice-prepare'}), 'parents')).toMatch(/expected a list of job names/);
	});

	test('time zones are checked because Chronos silently falls back to GMT', () => {
		expect(at(problemsOf(withChange({scheduleTimeZone: 'Europe/Rome'})), 'scheduleTimeZone')).toEqual([]);
		expect(only(problemsOf(withChange({scheduleTimeZone: 'Europe/Rom'})), 'scheduleTimeZone')).toMatch(/not a time zone name.*GMT/);
	});

	test('epsilon is read only by Chronos 2.x', () => {
		expect(only(problemsOf(withChange({epsilon: 'PT1M'})), 'epsilon', 'warning')).toMatch(/only Chronos 2.x/);
		expect(only(problemsOf(withChange({epsilon: 'soon'})), 'epsilon')).toMatch(/ISO 8601 duration/);
	});
});

describe('environment variables', () => {
	test('a valid list passes; numbers become text as Chronos reads them', () => {
		const result = validateJob(withChange({environmentVariables: [{name: 'OMP_NUM_THREADS', value: 4}, {name: 'MODE', value: 'fast'}]}), ctx);
		expect(result.problems).toEqual([]);
		expect(result.job?.environmentVariables).toEqual([
			{name: 'OMP_NUM_THREADS', value: '4'},
			{name: 'MODE', value: 'fast'},
		]);
	});

	test('bad names, duplicates and missing values are errors', () => {
		const problems = problemsOf(
			withChange({environmentVariables: [{name: '1ST', value: 'a'}, {name: 'A', value: 'b'}, {name: 'A', value: 'c'}, {name: 'B'}]}),
		);
		expect(only(problems, 'environmentVariables.0.name')).toMatch(/'1ST' is not a variable name/);
		expect(only(problems, 'environmentVariables.2.name')).toMatch(/'A' is already set by environmentVariables.1/);
		expect(only(problems, 'environmentVariables.3.value')).toMatch(/needs a value/);
	});

	test('an object instead of a list shows the list form', () => {
		expect(only(problemsOf(withChange({environmentVariables: {MODE: 'fast'}})), 'environmentVariables')).toMatch(
			/expected a list of \{name, value\}.*"name": "MODE"/,
		);
	});
});

describe('other fields', () => {
	test('arguments with shell true are ignored by Chronos: a warning', () => {
		expect(only(problemsOf(withChange({arguments: ['--epochs', '10']})), 'arguments', 'warning')).toMatch(/ignored when shell is true/);
		expect(at(problemsOf(withChange({shell: false, command: '/usr/bin/python3', arguments: ['--epochs', '10']})), 'arguments')).toEqual([]);
	});

	test('with shell false a command with spaces is one program name: a warning', () => {
		expect(only(problemsOf(withChange({shell: false, command: 'python3 train.py'})), 'command', 'warning')).toMatch(/one program name/);
	});

	test('constraints must be [attribute, operator, value]', () => {
		expect(problemsOf(withChange({constraints: [['hostname', 'EQUALS', 'gpu01'], ['rack', 'LIKE', 'r[0-9]']]}))).toEqual([]);
		const problems = problemsOf(withChange({constraints: [['hostname', 'IS', 'gpu01'], ['hostname'], ['rack', 'LIKE', '(']]}));
		expect(only(problems, 'constraints.0')).toMatch(/'IS' is not a constraint operator: use EQUALS, LIKE, UNLIKE/);
		expect(only(problems, 'constraints.1')).toMatch(/three strings/);
		expect(only(problems, 'constraints.2')).toMatch(/not a regular expression/);
	});

	test('uris and fetch together are refused', () => {
		expect(only(problemsOf(withChange({uris: ['http://x/a.tgz'], fetch: [{uri: 'http://x/b.tgz'}]})), 'fetch')).toMatch(/either 'uris' or 'fetch', not both/);
		expect(problemsOf(withChange({fetch: [{uri: 'http://x/b.tgz', extract: true}]}))).toEqual([]);
		expect(only(problemsOf(withChange({fetch: [{extract: true}]})), 'fetch.0.uri')).toMatch(/needs a uri/);
	});

	test('retries and maxCompletionTime are whole numbers', () => {
		expect(only(problemsOf(withChange({retries: 1.5})), 'retries')).toMatch(/whole number/);
		expect(only(problemsOf(withChange({maxCompletionTime: 0})), 'maxCompletionTime')).toMatch(/more than 0/);
		expect(validateJob(withChange({retries: 0, maxCompletionTime: 3600}), ctx).problems).toEqual([]);
	});

	test('running as another user is a warning', () => {
		expect(only(problemsOf(withChange({runAsUser: 'root'})), 'runAsUser', 'warning')).toMatch(/'root' is not 'alice'/);
	});

	test('a disabled job warns that it will not run', () => {
		expect(only(problemsOf(withChange({disabled: true})), 'disabled', 'warning')).toMatch(/never runs/);
	});

	test('read-only fields from the server are accepted quietly', () => {
		expect(problemsOf(withChange({successCount: 3, errorCount: 0, lastSuccess: '2026-11-25T10:00:00.000Z', lastError: '', errorsSinceLastSuccess: 0}))).toEqual([]);
	});
});

describe('unknown fields', () => {
	test.each([
		['memory', 'mem'],
		['gpu', 'gpus'],
		['enviromentVariables', 'environmentVariables'],
		['comand', 'command'],
		['Retries', 'retries'],
		['image', 'container.image'],
		['shedule', 'schedule'],
		['memroy', 'mem'],
		['GPUS', 'gpus'],
		['environment', 'environmentVariables'],
	])('%s suggests %s', (field, suggestion) => {
		expect(only(problemsOf(withChange({[field]: 1})), field, 'warning')).toBe(`unknown field '${field}' is ignored by Chronos: did you mean '${suggestion}'?`);
	});

	test('async is ignored by Chronos 3.x: said when set, quiet when false as older servers write it', () => {
		expect(only(problemsOf(withChange({async: true})), 'async', 'warning')).toMatch(/3.x no longer reads it/);
		expect(problemsOf(withChange({async: false}))).toEqual([]);
	});

	test('a field far from any known one gets no guess', () => {
		expect(only(problemsOf(withChange({priorityClass: 'x'})), 'priorityClass', 'warning')).toBe(
			"unknown field 'priorityClass' is ignored by Chronos",
		);
	});

	test('unknown fields are warnings: the job still validates, without them', () => {
		const result = validateJob(withChange({memory: 4096}), ctx);
		expect(hasErrors(result.problems)).toBe(false);
		expect(result.job).toBeDefined();
		expect(result.job).not.toHaveProperty('memory');
	});
});

describe('the normalised job', () => {
	test('fills runAsUser, owner and ownerName from the username', () => {
		const job = good();
		delete job.runAsUser;
		delete job.owner;
		delete job.ownerName;
		const result = validateJob(job, ctx);
		expect(result.job).toMatchObject({runAsUser: 'alice', owner: 'alice', ownerName: 'alice'});
	});

	test('shares nothing with the input', () => {
		const input = withChange({environmentVariables: [{name: 'A', value: 'b'}]});
		const job = validateJob(input, ctx).job as ChronosJob;
		job.environmentVariables![0]!.value = 'changed';
		expect((input.environmentVariables as Array<{value: string}>)[0]!.value).toBe('b');
	});
});
