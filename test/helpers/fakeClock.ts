import type { Pacer, PacerClock } from '../../nodes/shared/pacer';

export interface FakeClock extends PacerClock {
	t: number;
}

/** A clock whose waits pass at once: the pacer's decisions without the waiting. */
export function fakeClock(start = 0): FakeClock {
	const clock: FakeClock = {
		t: start,
		now: () => clock.t,
		sleep: async (ms: number) => {
			clock.t += ms;
		},
	};
	return clock;
}

/** `count` requests asking at once; their send times in order. */
export async function burst(pacer: Pacer, clock: PacerClock, count: number): Promise<number[]> {
	return await Promise.all(Array.from({ length: count }, async () => await pacer.acquire(clock)));
}
