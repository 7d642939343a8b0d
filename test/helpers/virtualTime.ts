import type { Transport } from '../../nodes/shared/client';
import type { RawResponse } from '../../nodes/shared/types';

/**
 * A clock for many concurrent callers: `sleep` waits until `run` has moved time to its end, in
 * order of wake-up time, so concurrent executions, round trips and windows interleave as they
 * would in real time, in microseconds.
 */
export class VirtualClock {
	t = 0;
	private timers: Array<{ at: number; seq: number; wake: () => void }> = [];
	private seq = 0;

	now = () => this.t;

	sleep = (ms: number): Promise<void> =>
		new Promise((wake) => {
			this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, wake });
		});

	/** Runs until `done` settles, moving time from one wake-up to the next. */
	async run<T>(done: Promise<T>): Promise<T> {
		let settled = false;
		const result = done.finally(() => (settled = true));
		for (;;) {
			// Let every caller that can go on without time passing do so first.
			await new Promise((resolve) => setImmediate(resolve));
			if (settled) return await result;
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.timers.shift();
			if (!next) return await result;
			this.t = Math.max(this.t, next.at);
			next.wake();
		}
	}
}

/**
 * A vendor account with a sliding-window limit that counts each request when it arrives, half
 * a round trip after it was sent, and answers half a round trip later; refused requests are not
 * counted. `headers` says whether its answers carry the budget (limit and remaining).
 */
export class VirtualVendor {
	private arrivals: number[] = [];
	/** When each refused request arrived. */
	readonly refusedAt: number[] = [];
	answered = 0;

	constructor(
		private readonly clock: VirtualClock,
		private readonly limit: number,
		private readonly windowMs: number,
		private readonly roundTripMs: number,
		private readonly headers: boolean,
		private readonly limitStatus = 429,
		/** Extra delay of one leg of a round trip, e.g. a random one for a jittery network. */
		private readonly jitter: () => number = () => 0,
	) {}

	/** One client's transport to this account (each n8n process has its own). */
	transport(): Transport {
		return {
			send: () => this.serve(),
			sleep: this.clock.sleep,
			now: this.clock.now,
			random: () => 0.5,
		};
	}

	get limited(): number {
		return this.refusedAt.length;
	}

	private async serve(): Promise<RawResponse> {
		await this.clock.sleep(this.roundTripMs / 2 + this.jitter());
		const now = this.clock.now();
		this.arrivals = this.arrivals.filter((at) => at > now - this.windowMs);
		const allowed = this.arrivals.length < this.limit;
		if (allowed) this.arrivals.push(now);
		const budget = this.headers
			? {
					'x-ratelimit-limit': String(this.limit),
					'x-ratelimit-remaining': String(this.limit - this.arrivals.length),
				}
			: {};
		await this.clock.sleep(this.roundTripMs / 2 + this.jitter());
		if (!allowed) {
			this.refusedAt.push(now);
			return { statusCode: this.limitStatus, headers: budget, body: {} };
		}
		this.answered += 1;
		return { statusCode: 200, headers: budget, body: [] };
	}
}
