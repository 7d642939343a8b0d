import { pause, monotonicMs } from './clock';
import type { Account } from './transport';
import { n8nBenchTransport } from './transport';
import type { BenchVendor } from './vendors';

/** Enough for any bench run; the loop also ends when the run it accompanies ends. */
const MAX_CALLS = 10_000;

/**
 * Another integration on the same API key: it spends `perWindow` requests of every window,
 * evenly spaced, straight on the sandbox (no core, no pacer), until stopped.
 */
export function startOtherClient(
	vendor: BenchVendor,
	account: Account,
	perWindow: number,
	windowMs: number,
): { stop(): Promise<number[]> } {
	const transport = n8nBenchTransport(account);
	const url = `${vendor.profile.baseUrl(account.credentials)}${vendor.otherClientCall.path}`;
	const spacing = windowMs / perWindow;
	const start = monotonicMs();
	let stopped = false;
	const sentAt: number[] = [];
	const loop = (async () => {
		for (let call = 0; call < MAX_CALLS && !stopped; call++) {
			await pause(start + call * spacing - monotonicMs());
			if (stopped) break;
			sentAt.push(monotonicMs() - start);
			await transport.send({ method: vendor.otherClientCall.method, url, json: true });
		}
	})();
	return {
		/** Ends the loop and tells when (ms after the start) each call was sent. */
		async stop() {
			stopped = true;
			await loop;
			return sentAt;
		},
	};
}
