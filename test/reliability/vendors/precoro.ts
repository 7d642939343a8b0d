import type { IDataObject } from 'n8n-workflow';

import { PrecoroApi } from '../../../credentials/PrecoroApi.credentials';
import { Precoro } from '../../../nodes/Precoro/Precoro.node';
import * as precoroResources from '../../../nodes/Precoro/resources';
import { composeResources } from '../../../nodes/shared/operations';
import {
	PRECORO_DEFAULT_LIMITS,
	PRECORO_DEMO_EMAIL,
	PRECORO_DEMO_TOKEN,
} from '../../../sandbox/precoro';
import type { Sandbox } from '../../../sandbox/server';
import { precoroCredentials, scaledPrecoro } from '../../nodes/precoro/helpers';
import type { BadInput, HostileCredential, VendorCase } from '../vendorCase';

const suppliers = (sandbox: Sandbox) => sandbox.precoro.data().suppliers.rows;
const named = (sandbox: Sandbox, name: string) =>
	suppliers(sandbox).filter((row) => row.name === name).length;

const HOSTILE_IDS: Array<[string, string]> = [
	['empty', ''],
	['dot-dot', '..'],
	['parent path', '../x'],
	['slash', '5/approve'],
	['query', '5?page=2'],
	['unicode digits', '١٢٣'],
];

const badInputs: BadInput[] = [
	...HOSTILE_IDS.map(([name, value]) => ({
		name: `purchase order IDN: ${name}`,
		parameters: { resource: 'purchaseOrder', operation: 'approve', idn: value },
		field: 'Purchase Order IDN',
	})),
	...HOSTILE_IDS.map(([name, value]) => ({
		name: `tax ID: ${name}`,
		parameters: { resource: 'tax', operation: 'setExternalId', id: value, externalId: 'GL-1' },
		field: 'Tax ID',
	})),
	{
		name: 'a reject without a comment',
		parameters: { resource: 'invoice', operation: 'reject', idn: '3', comment: ' ' },
		field: 'Comment',
	},
	{
		name: 'a reject comment over 800 characters',
		parameters: { resource: 'invoice', operation: 'reject', idn: '3', comment: 'x'.repeat(801) },
		field: 'Comment',
	},
	{
		name: 'an external ID over 255 characters',
		parameters: {
			resource: 'location',
			operation: 'setExternalId',
			id: '1',
			externalId: 'x'.repeat(256),
		},
		field: 'External ID',
	},
	{
		name: 'invalid JSON body',
		parameters: { resource: 'supplier', operation: 'create', useJsonBody: true, jsonBody: '{x' },
		field: 'JSON Body',
	},
	{
		name: 'negative limit',
		parameters: { resource: 'supplier', operation: 'getAll', returnAll: false, limit: -1 },
		field: 'Limit',
	},
];

const valid = { apiToken: PRECORO_DEMO_TOKEN, email: PRECORO_DEMO_EMAIL, region: 'com' };

const hostileCredentials: HostileCredential[] = [
	...[
		'http://evil.com',
		'https://user:pass@evil.com',
		'https://api.precoro.com@evil.com',
		'https://api.precoro.com#',
		'https://api.precoro.com?x=1',
		'api.precoro.com',
		'javascript:alert(1)',
	].map((baseUrl) => ({
		name: `base URL override "${baseUrl}"`,
		credentials: { ...valid, baseUrl },
		field: 'Base URL Override',
	})),
	{ name: 'region "evil.com#"', credentials: { ...valid, region: 'evil.com#' }, field: 'Region' },
	{ name: 'empty API token', credentials: { ...valid, apiToken: '' }, field: 'API Token' },
	{ name: 'no email', credentials: { ...valid, email: '' }, field: 'Email' },
	{ name: 'an email that is not one', credentials: { ...valid, email: 'anna@' }, field: 'Email' },
];

const supplierCreate = (name: string) => ({
	resource: 'supplier',
	operation: 'create',
	name,
	currency: 'EUR',
});

/**
 * A minute of Precoro's lasts a tenth of a second here: its one request a second and its
 * one-minute repeat rule would otherwise make every retry of a GET wait a minute.
 */
const TIME_SCALE = 1 / 600;

export const precoroVendor: VendorCase = {
	name: 'precoro',
	displayName: 'Precoro',
	limitStatus: 429,
	nodeType: new Precoro(),
	credentialType: new PrecoroApi(),
	profile: scaledPrecoro(TIME_SCALE),
	onProfile: true,
	operations: composeResources(Object.values(precoroResources), 'purchaseOrder').operations,
	credentials: (sandbox) => precoroCredentials(sandbox),
	secrets: (values) => [String(values.apiToken)],
	errorBody: (message) => ({ message }),
	list: {
		parameters: { resource: 'supplier', operation: 'getAll', returnAll: true },
		path: '/suppliers',
		apiPath: '/suppliers',
		seeded: (sandbox) => suppliers(sandbox).map((row) => row.id),
		idOf: (record) => record.id,
	},
	writes: [
		{
			name: 'create a supplier',
			method: 'POST',
			path: '/suppliers',
			parameters: (_sandbox, name) => supplierCreate(name),
			stored: named,
		},
		{
			name: 'rename a supplier',
			method: 'PATCH',
			path: '/suppliers/7',
			parameters: (_sandbox, name) => ({
				resource: 'supplier',
				operation: 'update',
				id: { mode: 'id', value: '7' },
				updateFields: { name },
			}),
			stored: named,
		},
	],
	badInputs,
	hostileCredentials,
	passThrough: [
		{
			name: 'unicode and emoji',
			value: 'Zoë’s café — 北京 🚚',
			parameters: (_sandbox, name) => supplierCreate(name),
			path: '/suppliers',
			received: (body) => (body as IDataObject).name,
		},
		{
			name: 'a 20,000-character note',
			value: 'Lorem ipsum ✓ '.repeat(1500).slice(0, 20_000),
			parameters: (_sandbox, note) => ({ ...supplierCreate('Noted'), additionalFields: { note } }),
			path: '/suppliers',
			received: (body) => (body as IDataObject).note,
		},
	],
	load: {
		// The node runs on its profile at 1/600 of the time; the sandbox keeps real time, so its
		// limits are those of the same compressed clock: 600 times as many per window, and the
		// same GET refused within a tenth of a second.
		limitSandbox(sandbox) {
			const scale = 1 / TIME_SCALE;
			sandbox.precoro.setLimits({
				perSecond: PRECORO_DEFAULT_LIMITS.perSecond * scale,
				perMinute: PRECORO_DEFAULT_LIMITS.perMinute * scale,
				perHour: PRECORO_DEFAULT_LIMITS.perHour * scale,
				perDay: PRECORO_DEFAULT_LIMITS.perDay * scale,
				repeatMs: PRECORO_DEFAULT_LIMITS.repeatMs * TIME_SCALE,
			});
		},
		timeScale: 1,
	},
};
