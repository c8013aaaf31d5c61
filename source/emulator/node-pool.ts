// A small simulated pool of GPU nodes. A task needs all its GPUs on one node, as on the ReCaS cluster,
// so a 4-GPU job waits in the queue until a whole node is free.

export interface NodeSlot {
	/** Mesos agent id, shown in task history. */
	agentId: string;
	gpus: number;
}

export class GpuNodePool {
	private readonly free: number[];

	constructor(private readonly nodes: NodeSlot[]) {
		this.free = nodes.map((node) => node.gpus);
	}

	/** Reserve `gpus` on the first node that has them; undefined when none has. Jobs without GPUs always fit. */
	reserve(gpus: number): number | undefined {
		if (gpus <= 0) {
			return -1;
		}
		const index = this.free.findIndex((free) => free >= gpus);
		if (index === -1) {
			return undefined;
		}
		this.free[index]! -= gpus;
		return index;
	}

	release(nodeIndex: number, gpus: number): void {
		if (nodeIndex >= 0 && gpus > 0) {
			this.free[nodeIndex] = Math.min(this.nodes[nodeIndex]!.gpus, this.free[nodeIndex]! + gpus);
		}
	}

	agentId(nodeIndex: number): string {
		// CPU-only tasks land on the first node; the id is only shown, never used to place anything.
		return this.nodes[Math.max(0, nodeIndex)]!.agentId;
	}

	agentIds(): string[] {
		return this.nodes.map((node) => node.agentId);
	}

	get totalGpus(): number {
		return this.nodes.reduce((sum, node) => sum + node.gpus, 0);
	}

	get freeGpus(): number {
		return this.free.reduce((sum, free) => sum + free, 0);
	}
}

/** Two nodes of four GPUs each: enough for the samples to run, small enough for a realistic queue. */
export function defaultNodePool(): GpuNodePool {
	return new GpuNodePool([
		{agentId: '9f1c2d4e-7b3a-4c8e-a5d1-2e6f8b0c1a93-S1', gpus: 4},
		{agentId: '9f1c2d4e-7b3a-4c8e-a5d1-2e6f8b0c1a93-S2', gpus: 4},
	]);
}
