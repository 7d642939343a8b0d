import type { IDataObject } from 'n8n-workflow';

import { PelcroApi } from '../credentials/PelcroApi.credentials';
import { PrecoroApi } from '../credentials/PrecoroApi.credentials';
import { PicqerApi } from '../credentials/PicqerApi.credentials';
import { RetailCrmApi } from '../credentials/RetailCrmApi.credentials';
import { pelcroPages, pelcroProfile } from '../nodes/Pelcro/PelcroProfile';
import { picqerPages, picqerProfile } from '../nodes/Picqer/PicqerProfile';
import { precoroPages, precoroProfile } from '../nodes/Precoro/PrecoroProfile';
import { retailCrmPages, retailCrmProfile } from '../nodes/RetailCrm/RetailCrmProfile';
import type { Paginator } from '../nodes/shared/pagination';
import type { RequestSpec, VendorProfile } from '../nodes/shared/types';
import {
	PELCRO_DEMO_KEY,
	PELCRO_DEMO_SITE,
	PELCRO_MAX_PAGE_SIZE,
	PELCRO_MOUNT,
} from '../sandbox/pelcro/keys';
import { PICQER_DEMO_KEY, PICQER_MOUNT, PICQER_PAGE_SIZE } from '../sandbox/picqer/keys';
import {
	PRECORO_DEFAULT_LIMITS,
	PRECORO_DEMO_EMAIL,
	PRECORO_DEMO_TOKEN,
	PRECORO_MOUNT,
} from '../sandbox/precoro/keys';
import {
	RETAILCRM_DEMO_KEY,
	RETAILCRM_MOUNT,
	RETAILCRM_SITE_MAIN,
} from '../sandbox/retailcrm/keys';
import type { Sandbox } from '../sandbox/server';
import type { Account } from './transport';

/** Everything the bench needs to know about one vendor; adding a vendor is one entry here. */
export interface BenchVendor {
	name: string;
	/** The vendor's module name in the sandbox's request log. */
	sandboxName: string;
	/** What the request log puts before a path of the core's API root. */
	logPrefix: string;
	profile: VendorProfile;
	paginator: Paginator;
	/** Records per page of a Return All. */
	pageSize: number;
	/** The demo account's credential, for a sandbox listening at `sandboxUrl`. */
	account(sandboxUrl: string): Account;
	/** The list Return All walks, and what identifies one of its records. */
	list: RequestSpec;
	idOf(record: IDataObject): unknown;
	/** A cheap call for the second client of the shared-budget scenario. */
	otherClientCall: RequestSpec;
	/** Sandbox time scale that makes the vendor's rate window last about a second. */
	timeScale: number;
	/** Seeds `records` rows in the listed collection and returns how many the sandbox holds. */
	seed(sandbox: Sandbox, records: number): number;
	/** Sets the sandbox's limit to `perWindow` requests per window; undefined restores it. */
	setLimit(sandbox: Sandbox, perWindow: number | undefined): void;
	/** Scenarios whose workload the vendor forbids outright, with the reason for the README. */
	skip?: Record<string, string>;
}

export const picqer: BenchVendor = {
	name: 'Picqer',
	sandboxName: 'picqer',
	logPrefix: '',
	profile: picqerProfile,
	paginator: picqerPages,
	pageSize: PICQER_PAGE_SIZE,
	account: (sandboxUrl) => ({
		credentialType: new PicqerApi(),
		credentials: {
			subdomain: 'bench',
			apiKey: PICQER_DEMO_KEY,
			baseUrl: `${sandboxUrl}${PICQER_MOUNT}`,
		},
	}),
	list: { method: 'GET', path: '/orders' },
	idOf: (record) => record.idorder,
	otherClientCall: { method: 'GET', path: '/warehouses' },
	// Picqer's window is a minute: a bench minute lasts 0.75 s.
	timeScale: 1 / 80,
	seed(sandbox, records) {
		sandbox.picqer.setSeedSizes({ orders: records });
		return sandbox.picqer.data().orders.rows.length;
	},
	setLimit: (sandbox, perWindow) => sandbox.picqer.setRateLimit(perWindow),
};

/** RetailCRM's budget is per calling IP, so the second client shares it with any key. */
export const retailCrm: BenchVendor = {
	name: 'RetailCRM',
	sandboxName: 'retailcrm',
	logPrefix: '/api/v5',
	profile: retailCrmProfile,
	paginator: retailCrmPages('orders'),
	pageSize: 100,
	account: (sandboxUrl) => ({
		credentialType: new RetailCrmApi(),
		credentials: { url: `${sandboxUrl}${RETAILCRM_MOUNT}`, apiKey: RETAILCRM_DEMO_KEY },
	}),
	list: { method: 'GET', path: '/orders' },
	idOf: (record) => record.id,
	otherClientCall: { method: 'GET', path: '/reference/sites' },
	// RetailCRM's window is a second: it lasts 0.75 s here, like Picqer's bench minute.
	timeScale: 0.75,
	seed(sandbox, records) {
		const handle = sandbox.retailcrm;
		// The sandbox seeds fewer; the rest are orders "placed in the CRM" by a user.
		for (let n = handle.data().orders.rows.length; n < records; n++) {
			handle.createOrder({ firstName: 'Bench', lastName: `Order ${n}` }, RETAILCRM_SITE_MAIN);
		}
		return handle.data().orders.rows.length;
	},
	setLimit: (sandbox, perWindow) => sandbox.retailcrm.setRateLimit(perWindow),
};

/** Pelcro sends no rate-limit headers: its documented 120 a minute is all the core knows. */
export const pelcro: BenchVendor = {
	name: 'Pelcro',
	sandboxName: 'pelcro',
	logPrefix: '',
	profile: pelcroProfile,
	paginator: pelcroPages,
	pageSize: PELCRO_MAX_PAGE_SIZE,
	account: (sandboxUrl) => ({
		credentialType: new PelcroApi(),
		credentials: {
			apiKey: PELCRO_DEMO_KEY,
			siteId: String(PELCRO_DEMO_SITE),
			environment: 'custom',
			baseUrl: `${sandboxUrl}${PELCRO_MOUNT}`,
		},
	}),
	list: { method: 'GET', path: '/customers' },
	idOf: (record) => record.id,
	otherClientCall: { method: 'GET', path: '/plans', qs: { limit: 1 } },
	// Pelcro's window is a minute: a bench minute lasts 0.75 s, as Picqer's.
	timeScale: 1 / 80,
	seed(sandbox, records) {
		const customers = sandbox.pelcro.data().customers;
		for (let n = customers.size; n < records; n++) {
			customers.insert({ email: `bench.${n}@example.com`, first_name: 'Bench', metadata: {} });
		}
		return customers.size;
	},
	setLimit: (sandbox, perWindow) => sandbox.pelcro.setRateLimit(perWindow),
};

/**
 * Precoro keeps several windows, one request in flight and a minute between identical GETs. The
 * bench lowers its per-minute window (listed first here, so the bench's window is the minute)
 * and lifts the hourly and daily ones, which would otherwise decide a run of several minutes;
 * the one-a-second window stays and, at 1 request per 12.5 ms here, never binds.
 */
export const precoro: BenchVendor = {
	name: 'Precoro',
	sandboxName: 'precoro',
	logPrefix: '',
	profile: {
		...precoroProfile,
		rateLimit: {
			...precoroProfile.rateLimit,
			windows: [
				precoroProfile.rateLimit.windows.find((w) => w.intervalMs === 60_000)!,
				...precoroProfile.rateLimit.windows.filter((w) => w.intervalMs === 1000),
			],
		},
	},
	paginator: precoroPages,
	pageSize: 200,
	account: (sandboxUrl) => ({
		credentialType: new PrecoroApi(),
		credentials: {
			region: 'com',
			apiToken: PRECORO_DEMO_TOKEN,
			email: PRECORO_DEMO_EMAIL,
			baseUrl: `${sandboxUrl}${PRECORO_MOUNT}`,
		},
	}),
	list: { method: 'GET', path: '/suppliers' },
	idOf: (record) => record.id,
	// A POST, which the repeat rule spares; contract 1 is active, so it changes nothing (422).
	otherClientCall: { method: 'POST', path: '/contract/1/confirm' },
	// Precoro's minute lasts 0.75 s here, as Picqer's.
	timeScale: 1 / 80,
	seed(sandbox, records) {
		const suppliers = sandbox.precoro.data().suppliers;
		for (let n = suppliers.rows.length; n < records; n++) {
			suppliers.create((id) => ({
				id,
				name: `Bench supplier ${id}`,
				status: 2,
				enable: true,
				externalId: null,
			}));
		}
		return suppliers.rows.length;
	},
	// Twenty executions reading the same ten pages send each GET twenty times; Precoro refuses a
	// repeat within a minute, so that workload takes twenty minutes however it is paced.
	// The overhead scenario reads the same list again and again, which the rule holds a minute.
	skip: Object.fromEntries(
		['3', '3r', '3q', '3u', '5'].map((id) => [id, 'the same GET again is refused within a minute']),
	),
	setLimit: (sandbox, perWindow) =>
		sandbox.precoro.setLimits(
			perWindow === undefined
				? PRECORO_DEFAULT_LIMITS
				: {
						perMinute: perWindow,
						perHour: Number.MAX_SAFE_INTEGER,
						perDay: Number.MAX_SAFE_INTEGER,
					},
		),
};

export const VENDORS: BenchVendor[] = [picqer, retailCrm, pelcro, precoro];

/** The vendor's rate window as the sandbox runs it. */
export function windowMs(vendor: BenchVendor): number {
	return vendor.profile.rateLimit.windows[0].intervalMs * vendor.timeScale;
}
