import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { loadOptions } from '../shared/options';
import { picqerPages, picqerProfile } from './PicqerProfile';

const load = async (
	ctx: ILoadOptionsFunctions,
	resource: string,
	toOption: (record: IDataObject) => INodePropertyOptions,
) =>
	await loadOptions(ctx, picqerProfile, { method: 'GET', path: resource }, picqerPages, toOption);

/** Dropdowns of the Return resource: the account's own return statuses and reasons. */
export const picqerReturnLoadOptions = {
	async getReturnStatuses(this: ILoadOptionsFunctions) {
		return await load(this, '/return_statuses', (s) => ({
			name: String(s.name),
			value: Number(s.idreturn_status),
			...(s.status ? { description: `Stage: ${String(s.status)}` } : {}),
		}));
	},
	async getReturnReasons(this: ILoadOptionsFunctions) {
		return await load(this, '/return_reasons', (r) => ({
			name: String(r.name),
			value: Number(r.idreturn_reason),
		}));
	},
};
