import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { createClient } from '../shared/client';
import { loadOptions } from '../shared/options';
import { request } from '../shared/request';
import { referenceRecords } from './retailCrmReference';
import { retailCrmPages, retailCrmProfile } from './RetailCrmProfile';

/** Entries of a reference book as options, active ones only, sorted by name. */
async function fromReference(
	ctx: ILoadOptionsFunctions,
	book: string,
	filter: (record: IDataObject) => boolean = () => true,
): Promise<INodePropertyOptions[]> {
	const client = await createClient(ctx, retailCrmProfile);
	const body = await request(client, { method: 'GET', path: `/reference/${book}` });
	return referenceRecords(body)
		.filter((record) => record.active !== false && filter(record))
		.map((record) => ({
			name: String(record.name ?? record.code),
			value: String(record.code),
			...(record.name ? { description: String(record.code) } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Dropdowns, each filled from the RetailCRM reference book or list it names. */
export const retailCrmLoadOptions = {
	async getSites(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'sites');
	},
	/** For a single site: empty means the credential's default site, so it is offered first. */
	async getSitesOrDefault(this: ILoadOptionsFunctions) {
		return [
			{
				name: 'Default Site of the Credential',
				value: '',
				description: 'The Default Site Code of the credential, or none when it has none',
			},
			...(await fromReference(this, 'sites')),
		];
	},
	async getStatuses(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'statuses');
	},
	async getOrderTypes(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'order-types');
	},
	async getOrderMethods(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'order-methods');
	},
	async getPaymentTypes(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'payment-types');
	},
	async getPaymentStatuses(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'payment-statuses');
	},
	async getDeliveryTypes(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'delivery-types');
	},
	async getStores(this: ILoadOptionsFunctions) {
		return await fromReference(this, 'stores');
	},
	async getUsers(this: ILoadOptionsFunctions) {
		return await loadOptions(
			this,
			retailCrmProfile,
			{ method: 'GET', path: '/users', qs: { filter: { active: 1 } } },
			retailCrmPages('users'),
			(user) => ({
				name:
					`${String(user.firstName ?? '')} ${String(user.lastName ?? '')}`.trim() ||
					String(user.email ?? user.id),
				value: Number(user.id),
				...(user.email ? { description: String(user.email) } : {}),
			}),
		);
	},
};
