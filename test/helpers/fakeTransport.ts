import type { IHttpRequestOptions, INode } from 'n8n-workflow';

import type { RequestLimits, Transport, VendorClient } from '../../nodes/shared/client';
import { clientFor } from '../../nodes/shared/client';
import type { RawResponse, VendorProfile } from '../../nodes/shared/types';

export type Reply = RawResponse | { networkError: string };

/**
 * A scripted vendor and a clock that jumps instead of waiting, so retry and pacing rules run
 * in microseconds and every wait is recorded.
 */
export class FakeTransport implements Transport {
	clock = 1_700_000_000_000;
	readonly sent: Array<IHttpRequestOptions & { at: number }> = [];
	readonly waits: number[] = [];
	readonly logs: string[] = [];
	randomValue = 0.5;

	constructor(private readonly script: (request: IHttpRequestOptions, index: number) => Reply) {}

	async send(options: IHttpRequestOptions): Promise<RawResponse> {
		const index = this.sent.length;
		this.sent.push({ ...options, at: this.clock });
		const reply = this.script(options, index);
		if ('networkError' in reply) {
			throw Object.assign(new Error(`socket failure ${reply.networkError}`), {
				code: reply.networkError,
			});
		}
		return reply;
	}

	async sleep(ms: number) {
		this.waits.push(ms);
		this.clock += ms;
	}

	now = () => this.clock;
	random = () => this.randomValue;
	log = (message: string) => void this.logs.push(message);
}

export const ok = (body: unknown, headers: RawResponse['headers'] = {}): RawResponse => ({
	statusCode: 200,
	headers,
	body,
});

export const status = (
	statusCode: number,
	body: unknown = {},
	headers: RawResponse['headers'] = {},
) => ({
	statusCode,
	headers,
	body,
});

export const testNode: INode = {
	id: 'n',
	name: 'Vendor',
	type: 'test.vendor',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

let accounts = 0;

/** A client on a fresh account (so pacers of different tests never meet). */
export function fakeClient(
	profile: VendorProfile,
	transport: Transport,
	secrets: string[] = ['sk_live_SECRETKEY123'],
	limits: Partial<RequestLimits> = {},
): VendorClient {
	accounts += 1;
	return clientFor(
		profile,
		transport,
		testNode,
		`https://api.example.test/v1/a${accounts}`,
		secrets,
		limits,
	);
}

export const testProfile: VendorProfile = {
	displayName: 'Vendor',
	credentialType: 'vendorApi',
	baseUrl: () => 'https://api.example.test/v1',
	secrets: () => [],
	rateLimit: {
		windows: [{ limit: 1000, intervalMs: 60_000 }],
		limitStatuses: [429],
		headers: {
			limit: 'x-ratelimit-limit',
			remaining: 'x-ratelimit-remaining',
			reset: 'x-ratelimit-reset',
		},
		retryAfterFromBody: (body) => {
			const ms = (body as { retry_in_ms?: number } | undefined)?.retry_in_ms;
			return typeof ms === 'number' ? ms : undefined;
		},
	},
	error: (body) => ({
		message: (body as { message?: string }).message,
		code: (body as { code?: string }).code,
		details: (body as { errors?: string[] }).errors,
	}),
};
