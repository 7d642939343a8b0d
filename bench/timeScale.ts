import type { RequestLimits } from '../nodes/shared/client';
import { DEFAULT_LIMITS } from '../nodes/shared/client';
import type { RateWindow, VendorProfile } from '../nodes/shared/types';

/**
 * The vendor's profile as the core would see it if the vendor's clock ran `timeScale` times as
 * fast, which is what the sandbox's `timeScale` does to its windows. `perWindow` lowers the
 * limit of the first window the same way the sandbox's limit is lowered, so the core's own
 * estimate before the first answer matches the budget it is benchmarked against.
 */
export function scaledProfile(
	profile: VendorProfile,
	timeScale: number,
	perWindow?: number,
): VendorProfile {
	const windows: RateWindow[] = profile.rateLimit.windows.map((window, index) => ({
		limit: index === 0 && perWindow !== undefined ? perWindow : window.limit,
		intervalMs: window.intervalMs * timeScale,
	}));
	// A vendor that refuses a repeat of the same request within an interval keeps it on its clock too.
	const repeat = profile.rateLimit.repeat && {
		...profile.rateLimit.repeat,
		intervalMs: profile.rateLimit.repeat.intervalMs * timeScale,
	};
	return {
		...profile,
		rateLimit: { ...profile.rateLimit, windows, ...(repeat ? { repeat } : {}) },
	};
}

/** The core's waits on the same scaled clock, so a backoff keeps its size relative to the window. */
export function scaledLimits(timeScale: number): Partial<RequestLimits> {
	return {
		maxWaitMs: DEFAULT_LIMITS.maxWaitMs * timeScale,
		backoffBaseMs: DEFAULT_LIMITS.backoffBaseMs * timeScale,
		backoffCapMs: DEFAULT_LIMITS.backoffCapMs * timeScale,
	};
}

/** The profile with pacing off: no documented windows, so the pacer never holds a request. */
export function unpacedProfile(profile: VendorProfile): VendorProfile {
	return { ...profile, rateLimit: { ...profile.rateLimit, windows: [] } };
}
