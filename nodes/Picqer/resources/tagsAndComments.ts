import type { INodeProperties } from 'n8n-workflow';

import { call, getMany } from '../../shared/executor';
import type { OperationDefinition } from '../../shared/operations';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

/** A Picqer entity that carries tags or comments, as its resource file describes it. */
export interface Entity {
	/** "a customer", "an order": the entity in the operations' action text. */
	noun: string;
	/** The field that picks the entity. */
	id: INodeProperties;
	/** The path of the entity the operation works on, plus a sub-path. */
	pathOf: (params: Params, suffix?: string) => string;
}

/**
 * Get Tags, Add Tag and Remove Tag: Picqer's tag endpoints look the same under every entity, a POST
 * taking `{idtag}` (picqer-php Client.php `addOrderTag`, `addCustomerTag`, `addProductTag`).
 */
export function tagOperations({ noun, id, pathOf }: Entity): OperationDefinition[] {
	const tagId: INodeProperties = {
		displayName: 'Tag Name or ID',
		name: 'tagId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTags' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
	const tagOf = (params: Params) => params.id('tagId', { numeric: true });
	return [
		{
			value: 'addTag',
			name: 'Add Tag',
			action: `Add a tag to ${noun}`,
			fields: [id, tagId],
			run: call((params) => ({
				method: 'POST',
				path: pathOf(params, '/tags'),
				body: { idtag: Number(tagOf(params)) },
			})),
		},
		{
			value: 'getTags',
			name: 'Get Tags',
			action: `Get the tags of ${noun}`,
			fields: [id],
			run: call((params) => ({ method: 'GET', path: pathOf(params, '/tags') })),
		},
		{
			value: 'removeTag',
			name: 'Remove Tag',
			action: `Remove a tag from ${noun}`,
			fields: [id, tagId],
			run: call((params) => ({
				method: 'DELETE',
				path: pathOf(params, path`/tags/${tagOf(params)}`),
			})),
		},
	];
}

/**
 * Get Comments and Add Comment: Picqer's comment endpoints look the same under every entity, a
 * POST taking `{body}` (picqer-php Client.php `add…Comment`; Pipedream add-order-comment); comment
 * lists are paged, with the Return All / Limit pair the resource's other lists show.
 */
export function commentOperations(
	{ noun, id, pathOf }: Entity,
	paging: INodeProperties[],
): OperationDefinition[] {
	return [
		{
			value: 'addComment',
			name: 'Add Comment',
			action: `Add a comment to ${noun}`,
			fields: [
				id,
				{
					displayName: 'Comment',
					name: 'comment',
					type: 'string',
					typeOptions: { rows: 3 },
					required: true,
					default: '',
					description: 'Text of the comment; mention users with @name',
				},
			],
			run: call((params) => ({
				method: 'POST',
				path: pathOf(params, '/comments'),
				body: { body: params.required('comment') },
			})),
		},
		{
			value: 'getComments',
			name: 'Get Comments',
			action: `Get the comments of ${noun}`,
			fields: [id, ...paging],
			run: getMany(picqerPages, (params) => ({
				method: 'GET',
				path: pathOf(params, '/comments'),
			})),
		},
	];
}
