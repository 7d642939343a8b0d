import type { Sandbox } from '../../sandbox/server';
import { useSandbox } from '../helpers/useSandbox';
import { failure, runNode } from './harness';
import type { VendorCase } from './vendorCase';
import { vendors } from './vendors';

jest.setTimeout(30_000);

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

/** Error answers that echo the credential back, as misbehaving APIs and proxies do. */
function echoes(vendor: VendorCase, secret: string): Array<[string, unknown, number]> {
	const basic = Buffer.from(`${secret}:`).toString('base64');
	return [
		['a JSON error naming the key', vendor.errorBody(`The key ${secret} is not allowed here`), 403],
		[
			'an HTML page quoting the header',
			`<html><body><pre>Authorization: Basic ${basic}\nX-API-KEY: ${secret}</pre></body></html>`,
			400,
		],
		['a JSON error with the key as a field name', { [secret]: 'invalid', error: true }, 422],
		[
			'a URL-encoded key in a 500 body',
			`upstream failed for ?key=${encodeURIComponent(secret)}`,
			500,
		],
	];
}

/** The vendor's main secret as the sandbox's credentials hold it. */
const secret = (vendor: VendorCase) =>
	vendor.secrets(vendor.credentials({ url: 'http://127.0.0.1:1' } as Sandbox))[0];

const cases = vendors.flatMap((vendor) => {
	return echoes(vendor, secret(vendor)).flatMap(([name, body, status]) =>
		[false, true].map(
			(continueOnFail) => [vendor.displayName, name, continueOnFail, vendor, body, status] as const,
		),
	);
});

describe('credentials never show', () => {
	it.each(cases)(
		'%s masks the key when the vendor answers with %s (continueOnFail: %s)',
		async (_vendor, _case, continueOnFail, vendor, body, status) => {
			const target = { vendor: vendor.name, method: 'GET', path: vendor.list.path };
			sandbox.faults.add({ ...target, kind: 'status', status, body, times: 10 });
			// runNode fails the test if any form of the key shows in output, error or logs.
			const run = await runNode(vendor, sandbox, vendor.list.parameters, { continueOnFail });
			const shown = JSON.stringify(continueOnFail ? run.output?.[0]?.json : failure(run));
			// Where the vendor's text is quoted, the key's place is marked.
			if (typeof body === 'string' || !(secret(vendor) in (body as object))) {
				expect(shown).toContain('[redacted]');
			}
		},
	);

	it.each(vendors.map((vendor) => [vendor.displayName, vendor] as const))(
		'%s never puts a credential in a URL, on any request of a run with retries',
		async (_name, vendor) => {
			const target = { vendor: vendor.name, method: 'GET', path: vendor.list.path };
			sandbox.faults.add({ ...target, kind: 'rateLimit' });
			sandbox.faults.add({ ...target, kind: 'resetBefore' });
			await runNode(vendor, sandbox, vendor.list.parameters);
			const secrets = vendor.secrets(vendor.credentials(sandbox));
			expect(sandbox.received.length).toBeGreaterThan(2);
			for (const entry of sandbox.received.all) {
				expect(entry.credentialInUrl ?? false).toBe(false);
				const url = `${entry.path}?${new URLSearchParams(entry.query as Record<string, string>)}`;
				for (const secret of secrets) {
					expect(url).not.toContain(secret);
					expect(url).not.toContain(encodeURIComponent(secret));
				}
			}
		},
	);
});
