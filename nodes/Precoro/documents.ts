import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../shared/executor';
import { returnAllAndLimit } from '../shared/fields';
import { list } from '../shared/list';
import type { OperationDefinition, ResourceDefinition } from '../shared/operations';
import type { Params } from '../shared/params';
import { path } from '../shared/params';
import { request } from '../shared/request';
import { withCustomFieldNames } from './customFieldNames';
import {
	customFieldOptionsField,
	documentFilters,
	documentQuery,
	idnField,
	outputOptions,
	readIdn,
} from './fields';
import { noteOption, requiredDateOption } from './documentCreate';
import type { UpdateSpec } from './documentUpdate';
import { formUpdate, syncedExternalIdOption } from './documentUpdate';
import { precoroPages } from './PrecoroProfile';

/** One document list of Precoro's API, addressed by IDN. */
export interface DocumentType {
	name: string;
	plural: string;
	value: string;
	/** The list path, e.g. `/purchaseorders` (INT `/api/purchaseorders` without `/api`). */
	path: string;
	/** Codes INT's `status[]` accepts for this list. */
	statuses: number[];
	/** Whether INT has approve/reject/revision/cancel/confirm for this type. */
	approvals: boolean;
	/** `GET {path}/{idn}/related/{value}` relations (INT). */
	related?: Array<{ name: string; value: string }>;
	extraFilters?: INodeProperties[];
	/** The query of `extraFilters`, in Precoro's names. */
	extraQuery?: (filters: IDataObject) => IDataObject;
	/** Common filters this type's list does not take (e.g. `modifiedSince`). */
	withoutFilters?: string[];
	/** The Update, where INT gives this type's PATCH a DTO of its own. */
	update?: UpdateSpec;
	/** Operations only this type has (create, cancel of a payment, …). */
	extraOperations?: OperationDefinition[];
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

/** Runs `build`, then adds custom field names when the Options say so. */
export function documentsOut(
	build: (input: Parameters<Operation>[0]) => Promise<IDataObject[]>,
): Operation {
	return async (input) => {
		const records = await build(input);
		const options = input.params.fields('options');
		return options.addCustomFieldNames === true
			? await withCustomFieldNames(input.client, records, input.itemIndex)
			: records;
	};
}

/**
 * The Update of the types whose PATCH takes the fields every document DTO of INT shares
 * (`externalId` also help.precoro.com "Mastering external integrations"); purchase orders take
 * their SubmitPurchaseOrderDto, invoices and requisitions theirs.
 */
const commonUpdate = (type: DocumentType, a: string): UpdateSpec =>
	formUpdate({
		description:
			'Change fields such as the external ID an integration sets once it has synced the document',
		json: `Fields of ${a}`,
		path: type.path,
		options: [customFieldOptionsField, syncedExternalIdOption, noteOption, requiredDateOption],
	});

export function documentResource(type: DocumentType): ResourceDefinition {
	const idn = idnField(type.name);
	const lower = type.name.toLowerCase();
	const a = `${article(lower)} ${lower}`;
	const update = type.update ?? commonUpdate(type, a);
	const one = (params: Params) => `${type.path}/${path`${readIdn(params)}`}`;
	const comment: INodeProperties = {
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'Why it is rejected (required, at most 800 characters); the creator sees it',
	};
	const operations: OperationDefinition[] = [
		{
			value: 'get',
			name: 'Get',
			action: `Get ${a}`,
			fields: [idn, outputOptions],
			run: documentsOut(async ({ client, params, itemIndex }) => [
				await request<IDataObject>(client, { method: 'GET', path: one(params) }, itemIndex),
			]),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${type.plural.toLowerCase()}`,
			isDefault: true,
			fields: [
				...returnAllAndLimit(),
				documentFilters({
					statuses: type.statuses,
					approvals: type.approvals,
					extra: type.extraFilters,
					without: type.withoutFilters,
				}),
				outputOptions,
			],
			run: documentsOut(async ({ client, params, itemIndex }) => {
				const qs = {
					...documentQuery(params),
					...type.extraQuery?.(params.fields('filters')),
				};
				return await list(client, { method: 'GET', path: type.path, qs }, precoroPages, {
					...params.paging(),
					itemIndex,
				});
			}),
		},
		{
			value: 'update',
			name: 'Update',
			action: `Update ${a}`,
			description: update.description,
			fields: [idn, ...update.fields],
			run: async ({ client, params, itemIndex }) =>
				await request(
					client,
					{ method: 'PATCH', path: one(params), body: update.body(params) },
					itemIndex,
				),
		},
	];
	if (type.approvals) {
		const post =
			(verb: string, body?: (params: Params) => IDataObject): Operation =>
			async ({ client, params, itemIndex }) =>
				await request(
					client,
					{
						method: 'POST',
						path: `${one(params)}/${verb}`,
						...(body ? { body: body(params) } : {}),
					},
					itemIndex,
				);
		operations.push(
			{
				value: 'approve',
				name: 'Approve',
				action: `Approve ${a}`,
				description: 'Approve as the credential’s user, who must be the approver it waits for',
				fields: [idn],
				run: post('approve'),
			},
			{
				value: 'reject',
				name: 'Reject',
				action: `Reject ${a}`,
				description: 'Reject as the credential’s user, with the comment Precoro requires',
				fields: [idn, comment],
				// A comment is required, at most 800 characters (Precoro MCP reject tool). INT declares
				// no body for reject; the name `comment` is the MCP tool's (no wire-level source).
				run: post('reject', (params) => {
					const text = params.required('comment');
					if (text.length > 800)
						params.invalid('comment', `may have at most 800 characters, got ${text.length}`);
					return { comment: text };
				}),
			},
			{
				value: 'sendBack',
				name: 'Send Back',
				action: `Send back ${a} for revision`,
				description: 'Return it to its creator for changes (Precoro’s revision)',
				fields: [idn],
				run: post('revision'),
			},
			{
				value: 'cancel',
				name: 'Cancel',
				action: `Cancel ${a}`,
				fields: [idn],
				run: post('cancel'),
			},
			{
				value: 'confirm',
				name: 'Confirm',
				action: `Confirm ${a}`,
				description: 'Submit a draft, or a document sent back, for approval',
				fields: [idn],
				run: post('confirm'),
			},
		);
	}
	if (type.related) {
		const relation: INodeProperties = {
			displayName: 'Related',
			name: 'relation',
			type: 'options',
			options: type.related,
			default: '',
			description: 'Which documents linked to this one to return',
		};
		operations.push({
			value: 'getRelated',
			name: 'Get Related',
			action: `Get documents related to ${a}`,
			fields: [idn, relation],
			run: async ({ client, params, itemIndex }) => {
				const what = params.string('relation') || type.related![0].value;
				if (!type.related!.some((r) => r.value === what))
					params.invalid(
						'relation',
						`must be one of ${type.related!.map((r) => r.name).join(', ')}`,
					);
				const body = await request<{ data?: IDataObject[] }>(
					client,
					{ method: 'GET', path: `${one(params)}/related/${what}` },
					itemIndex,
				);
				return Array.isArray(body?.data) ? body.data : [];
			},
		});
	}
	operations.push(...(type.extraOperations ?? []));
	return { name: type.name, value: type.value, operations };
}
