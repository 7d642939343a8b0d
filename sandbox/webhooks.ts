import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

export interface DeliveryResult {
	address: string;
	/** Status the receiver answered; absent when the delivery failed at the network level. */
	status?: number;
	error?: string;
	durationMs: number;
}

/** base64 of the raw HMAC-SHA256 digest, the scheme Picqer (and others) sign with. */
export function hmacSha256Base64(body: string, secret: string): string {
	return createHmac('sha256', secret).update(body, 'utf8').digest('base64');
}

/**
 * Sends webhook POSTs and remembers the ones in flight, so closing the
 * sandbox can abort them instead of waiting for slow receivers.
 */
export class WebhookDeliverer {
	private inFlight = new Set<http.ClientRequest>();
	private pending = new Set<Promise<unknown>>();

	constructor(private readonly timeoutMs = 10_000) {}

	post(address: string, body: string, headers: Record<string, string>): Promise<DeliveryResult> {
		const promise = this.send(address, body, headers);
		this.pending.add(promise);
		void promise.finally(() => this.pending.delete(promise));
		return promise;
	}

	/** Resolves once every delivery started so far has finished. */
	async settled(): Promise<void> {
		while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
	}

	abortAll(): void {
		for (const request of this.inFlight) request.destroy(new Error('Sandbox closed'));
	}

	private send(
		address: string,
		body: string,
		headers: Record<string, string>,
	): Promise<DeliveryResult> {
		const started = Date.now();
		return new Promise((resolve) => {
			const done = (result: Omit<DeliveryResult, 'address' | 'durationMs'>) =>
				resolve({ address, ...result, durationMs: Date.now() - started });
			let url: URL;
			try {
				url = new URL(address);
			} catch {
				done({ error: 'Invalid address' });
				return;
			}
			const transport = url.protocol === 'https:' ? https : http;
			const request = transport.request(url, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-length': String(Buffer.byteLength(body)),
					...headers,
				},
				timeout: this.timeoutMs,
			});
			this.inFlight.add(request);
			request.on('response', (response) => {
				response.resume();
				response.on('end', () => done({ status: response.statusCode }));
				response.on('error', (error) =>
					done({ status: response.statusCode, error: error.message }),
				);
			});
			request.on('timeout', () => request.destroy(new Error('Timed out')));
			request.on('error', (error) => done({ error: error.message }));
			request.on('close', () => this.inFlight.delete(request));
			request.end(body);
		});
	}
}
