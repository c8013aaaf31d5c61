// Jobs the emulator starts with, so the dashboard looks like a real ReCaS user's Chronos at once:
// trainings running on GPUs, a pipeline of dependent jobs, a nightly job, a failure, a queue, history.
import type {ChronosJob} from '../jobs/types.js';
import {recasProfile} from '../jobs/profile.js';
import {keepJobOutput} from '../output/keep-job.js';
import {readJobDocument} from './job-document.js';
import type {JobStore} from './store.js';

const registry = 'registry-clustergpu.recas.ba.infn.it';
export const pytorchImage = `${registry}/library/pytorch:2.1.0-cuda12.1-cudnn8-runtime`;
const firstJobImage = `${registry}/gvino/cuda11.5.0-base-ubuntu20.04:0.1`;

const hour = 3_600_000;
const day = 24 * hour;

interface SampleHistory {
	successCount?: number;
	errorCount?: number;
	/** Milliseconds before now; absent means never. */
	lastSuccessAgo?: number;
	lastErrorAgo?: number;
	errorsSinceLastSuccess?: number;
}

export function userFields(user: string): Partial<ChronosJob> {
	return {runAsUser: user, owner: user, ownerName: user};
}

function lustreVolumes(user: string, ...extra: Array<{path: string; mode: 'RW' | 'RO'}>): ChronosJob['container'] {
	return {
		type: 'mesos',
		image: pytorchImage,
		volumes: [{containerPath: `/lustre/home/${user}`, hostPath: `/lustre/home/${user}`, mode: 'RW'}, ...extra.map(({path, mode}) => ({containerPath: path, hostPath: path, mode}))],
	};
}

function isoAgo(now: number, ago: number | undefined): string {
	return ago === undefined ? '' : new Date(now - ago).toISOString();
}

function schedule(startsIn: number, now: number, repetitions: string, period: string): string {
	return `R${repetitions}/${new Date(now + startsIn).toISOString()}/${period}`;
}

/** The sample jobs for `user`, in the order the scheduler should consider them. */
export function sampleJobs(user: string, now: number): Array<{body: Partial<ChronosJob>; history: SampleHistory; keepOutput?: boolean}> {
	const home = `/lustre/home/${user}`;
	const datasets = {path: '/lustre/datasets/imagenet', mode: 'RO' as const};
	return [
		{
			keepOutput: true,
			body: {
				name: `${user}-resnet50-imagenet-training`,
				description: 'ResNet-50 on ImageNet, 90 epochs, 4 GPUs',
				command: `cd ${home}/resnet && python3 train.py --arch resnet50 --epochs 90 --batch-size 256 && sleep 172800`,
				cpus: 16,
				mem: 65_536,
				disk: 10_240,
				gpus: 4,
				container: lustreVolumes(user, datasets),
				schedule: 'R1//P1Y',
			},
			history: {errorCount: 1, lastErrorAgo: 3 * day, errorsSinceLastSuccess: 1},
		},
		{
			body: {
				name: `${user}-bert-finetune-squad`,
				description: 'BERT base fine-tuning on SQuAD v2',
				command: `python3 ${home}/nlp/finetune_squad.py --model bert-base-uncased --epochs 3 && sleep 64800`,
				cpus: 8,
				mem: 32_768,
				disk: 4096,
				gpus: 2,
				container: lustreVolumes(user),
				environmentVariables: [{name: 'HF_HOME', value: `${home}/.cache/huggingface`}],
				schedule: 'R1//P1Y',
			},
			history: {successCount: 2, lastSuccessAgo: 2 * day},
		},
		{
			keepOutput: true,
			body: {
				name: `${user}-cifar10-preprocess`,
				description: 'Normalise and shard CIFAR-10 before training',
				command: `python3 ${home}/cifar/preprocess.py --out ${home}/cifar/shards && sleep 20`,
				cpus: 4,
				mem: 8192,
				disk: 2048,
				gpus: 0,
				container: lustreVolumes(user),
				// Starts a minute and a half into a demo, so the pipeline visibly moves: preprocess, train, evaluate.
				schedule: schedule(90_000, now, '', 'P1D'),
			},
			history: {successCount: 14, lastSuccessAgo: 22 * hour},
		},
		{
			keepOutput: true,
			body: {
				name: `${user}-cifar10-train`,
				description: 'Train a small ResNet on the preprocessed shards',
				command: `python3 ${home}/cifar/train.py --epochs 30 && sleep 600`,
				cpus: 4,
				mem: 16_384,
				disk: 1024,
				gpus: 1,
				container: lustreVolumes(user),
				parents: [`${user}-cifar10-preprocess`],
			},
			history: {successCount: 13, errorCount: 1, lastSuccessAgo: 21 * hour, lastErrorAgo: 5 * day},
		},
		{
			keepOutput: true,
			body: {
				name: `${user}-cifar10-evaluate`,
				description: 'Accuracy report on the test split',
				command: `python3 ${home}/cifar/evaluate.py --checkpoint ${home}/cifar/best.pt`,
				cpus: 2,
				mem: 8192,
				gpus: 1,
				container: lustreVolumes(user),
				parents: [`${user}-cifar10-train`],
			},
			history: {successCount: 13, lastSuccessAgo: 20 * hour},
		},
		{
			body: {
				name: `${user}-nightly-checkpoint-backup`,
				description: 'Copy new checkpoints to the archive area every night',
				command: `rsync -a ${home}/checkpoints/ /lustre/archive/${user}/checkpoints/`,
				cpus: 1,
				mem: 1024,
				gpus: 0,
				container: {...lustreVolumes(user, {path: `/lustre/archive/${user}`, mode: 'RW'})!, image: `${registry}/library/ubuntu:22.04`},
				schedule: `R/${nextUtcTime(now, 2)}/P1D`,
			},
			history: {successCount: 41, lastSuccessAgo: 20 * hour},
		},
		{
			keepOutput: true,
			body: {
				name: `${user}-unet-segmentation-test`,
				description: 'U-Net on the new scans: crashes on a missing mask file',
				command: `python3 ${home}/unet/segment.py --data ${home}/scans; exit 1`,
				cpus: 4,
				mem: 16_384,
				gpus: 1,
				container: lustreVolumes(user),
				retries: 2,
				schedule: schedule(-2 * hour, now, '0', 'P1Y'),
			},
			history: {errorCount: 3, lastErrorAgo: 90 * 60_000, errorsSinceLastSuccess: 3},
		},
		{
			keepOutput: true,
			body: {
				name: `${user}-llama-lora-finetune`,
				description: 'LoRA fine-tuning, needs a whole node: waits for 4 free GPUs',
				command: `torchrun --nproc_per_node 4 ${home}/llm/lora.py --base llama-2-7b && sleep 28800`,
				cpus: 32,
				mem: 131_072,
				disk: 20_480,
				gpus: 4,
				container: lustreVolumes(user),
				schedule: 'R1//P1Y',
			},
			history: {},
		},
		{
			body: {
				name: `${user}-yolo-inference-benchmark`,
				description: 'Paused until the new dataset is ready',
				command: `python3 ${home}/yolo/benchmark.py --weights yolov8x.pt`,
				cpus: 4,
				mem: 8192,
				gpus: 1,
				disabled: true,
				container: lustreVolumes(user),
				schedule: schedule(3 * day, now, '5', 'PT12H'),
			},
			history: {successCount: 4, lastSuccessAgo: 9 * day},
		},
		{
			body: {
				name: `${user}-hyperparam-sweep-lr`,
				description: 'One learning-rate trial every 6 hours',
				command: `python3 ${home}/sweep/trial.py --next && sleep 30`,
				cpus: 2,
				mem: 4096,
				gpus: 1,
				container: lustreVolumes(user),
				schedule: schedule(4 * hour, now, '8', 'PT6H'),
			},
			history: {successCount: 4, errorCount: 1, lastSuccessAgo: 2 * hour, lastErrorAgo: 8 * hour},
		},
		{
			body: {
				name: `${user}-tensorboard-export`,
				description: 'Export TensorBoard scalars to CSV',
				command: `python3 ${home}/tools/export_scalars.py ${home}/runs`,
				cpus: 1,
				mem: 2048,
				gpus: 0,
				container: lustreVolumes(user),
				schedule: schedule(-6 * hour, now, '0', 'P1Y'),
				disabled: true,
			},
			history: {successCount: 1, lastSuccessAgo: 6 * hour},
		},
		{
			keepOutput: true,
			body: {
				name: `${user}-my-first-job-submission`,
				command: 'sleep 5 && nvidia-smi',
				retries: 4,
				cpus: 1,
				disk: 0,
				mem: 1024,
				gpus: 1,
				container: {type: 'mesos', image: firstJobImage},
				schedule: schedule(-4 * day, now, '0', 'P1Y'),
				disabled: true,
			},
			history: {successCount: 1, lastSuccessAgo: 4 * day},
		},
	];
}

function keptOutputOf(body: Partial<ChronosJob>, user: string): Partial<ChronosJob> {
	const result = keepJobOutput({name: '', command: '', ...body}, recasProfile.output.dir, user);
	return result.ok ? result.job : body;
}

function nextUtcTime(now: number, hourOfDay: number): string {
	const date = new Date(now);
	date.setUTCHours(hourOfDay, 0, 0, 0);
	if (date.getTime() <= now) {
		date.setUTCDate(date.getUTCDate() + 1);
	}
	return date.toISOString();
}

export function seedSamples(store: JobStore, user: string, now: number): void {
	for (const {body: written, history, keepOutput} of sampleJobs(user, now)) {
		// Most samples keep their output as the wizard offers by default; the others show the Mesos sandbox.
		const body = keepOutput ? keptOutputOf(written, user) : written;
		const job = readJobDocument(
			{
				shell: true,
				arguments: [],
				environmentVariables: [],
				...userFields(user),
				...body,
				successCount: history.successCount ?? 0,
				errorCount: history.errorCount ?? 0,
				errorsSinceLastSuccess: history.errorsSinceLastSuccess ?? 0,
				lastSuccess: isoAgo(now, history.lastSuccessAgo),
				lastError: isoAgo(now, history.lastErrorAgo),
			},
			body.parents ? 'dependent' : 'scheduled',
			now,
		);
		store.put(job);
	}
}
