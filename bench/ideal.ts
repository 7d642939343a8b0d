/** Sends at or before `t`, in an ascending list. */
function countUpTo(sorted: number[], t: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The earliest moment (ms after the start) the last of `requests` could be sent under a
 * sliding window of `perWindow` requests per `window` ms that starts empty, when another client
 * sends at the given moments and keeps its share. Every request goes into the first slot that
 * breaks no window, now or later, which is the best any client can do. Without another client
 * this is floor((requests - 1) / perWindow) × window.
 */
export function idealMs(
	requests: number,
	perWindow: number,
	window: number,
	others: number[] = [],
): number {
	const sends = [...others].sort((a, b) => a - b);
	const inWindowEndingAt = (s: number) => countUpTo(sends, s) - countUpTo(sends, s - window);
	// A send at `t` lies in every window ending in [t, t + window); the fullest of those ends at
	// `t` or at one of the later sends.
	const fits = (t: number) =>
		inWindowEndingAt(t) < perWindow &&
		sends.every((s) => s <= t || s >= t + window || inWindowEndingAt(s) < perWindow);
	let last = 0;
	for (let sent = 0; sent < requests; sent++) {
		// The first free slot is now or when some earlier send leaves the window.
		const candidates = [last, ...sends.map((s) => s + window).filter((t) => t > last)];
		last = candidates.sort((a, b) => a - b).find(fits) ?? last;
		sends.splice(countUpTo(sends, last), 0, last);
	}
	return last;
}

/**
 * The earliest moment (ms after the start) the last of `requests` could be answered when they
 * are `chains` executions of pages fetched one after another, each answer `roundTripMs` after
 * its send, and the vendor counts a request when it arrives, half a round trip after its send,
 * under a sliding window of `perWindow` per `window` ms that starts empty. Each request arrives
 * in the first slot that its chain and the window allow, the best any client can do.
 */
export function chainedIdealMs(
	requests: number,
	perWindow: number,
	window: number,
	chains: number,
	roundTripMs: number,
): number {
	// When each chain's next request can arrive at the earliest.
	const ready = Array.from({ length: chains }, () => roundTripMs / 2);
	const left = Array.from(
		{ length: chains },
		(_, chain) => Math.floor(requests / chains) + (chain < requests % chains ? 1 : 0),
	);
	const arrivals: number[] = [];
	let last = 0;
	for (let sent = 0; sent < requests; sent++) {
		let chain = -1;
		for (let c = 0; c < chains; c++) {
			if (left[c] > 0 && (chain === -1 || ready[c] < ready[chain])) chain = c;
		}
		const free = arrivals.length < perWindow ? 0 : arrivals[arrivals.length - perWindow] + window;
		const at = Math.max(ready[chain], free);
		arrivals.push(at);
		last = Math.max(last, at);
		left[chain] -= 1;
		ready[chain] = at + roundTripMs;
	}
	return last + roundTripMs / 2;
}
