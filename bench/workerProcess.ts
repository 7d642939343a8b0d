import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import type { WorkerReply, WorkerTask } from './worker';

/** No task of the bench takes this long; a worker that does is stuck. */
const TASK_TIMEOUT_MS = 120_000;

/** A bench worker process: one task at a time, answered over IPC. */
export class WorkerProcess {
	private readonly child: ChildProcess;

	constructor() {
		this.child = fork(path.join(__dirname, 'worker.ts'), [], {
			execArgv: ['--expose-gc', '-r', 'ts-node/register/transpile-only'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
	}

	run<T>(task: WorkerTask): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const timer = setTimeout(() => {
				cleanup();
				reject(new Error(`Bench worker gave no answer within ${TASK_TIMEOUT_MS} ms`));
			}, TASK_TIMEOUT_MS);
			const onMessage = (reply: WorkerReply) => {
				cleanup();
				if (reply.ok) resolve(reply.result as T);
				else reject(new Error(reply.error));
			};
			const onExit = (code: number | null) => {
				cleanup();
				reject(new Error(`Bench worker exited (${code}) before answering`));
			};
			const cleanup = () => {
				clearTimeout(timer);
				this.child.off('message', onMessage);
				this.child.off('exit', onExit);
			};
			this.child.on('message', onMessage);
			this.child.on('exit', onExit);
			this.child.send(task);
		});
	}

	/** Closing the channel ends the worker. */
	async close(): Promise<void> {
		if (this.child.exitCode !== null) return;
		const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
		this.child.disconnect();
		await exited;
	}
}
