import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../shared/executor';
import { call, getMany } from '../../shared/executor';
import type { Params } from '../../shared/params';
import { path } from '../../shared/params';
import { picqerPages } from '../PicqerProfile';

/** The path of the entity the operation works on, plus a sub-path. */
type PathOf = (params: Params, suffix?: string) => string;

/** The tag picker of Add Tag / Remove Tag, for any Picqer entity that carries tags. */
export function tagField(resource: string): INodeProperties {
	return {
		displayName: 'Tag Name or ID',
		name: 'tagId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTags' },
		required: true,
		default: '',
		displayOptions: { show: { resource: [resource], operation: ['addTag', 'removeTag'] } },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

/** The text of Add Comment, for any Picqer entity that carries comments. */
export function commentField(resource: string): INodeProperties {
	return {
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: { show: { resource: [resource], operation: ['addComment'] } },
		description: 'Text of the comment; mention users with @name',
	};
}

/** Picqer's tag endpoints look the same under every entity. */
export function tagRequests(pathOf: PathOf): Record<string, Operation> {
	const tagId = (params: Params) => params.id('tagId', { numeric: true });
	return {
		getTags: call((params) => ({ method: 'GET', path: pathOf(params, '/tags') })),
		addTag: call((params) => ({
			method: 'POST',
			path: pathOf(params, '/tags'),
			body: { idtag: Number(tagId(params)) },
		})),
		removeTag: call((params) => ({
			method: 'DELETE',
			path: pathOf(params, path`/tags/${tagId(params)}`),
		})),
	};
}

/** Picqer's comment endpoints look the same under every entity; comment lists are paged. */
export function commentRequests(pathOf: PathOf): Record<string, Operation> {
	return {
		getComments: getMany(picqerPages, (params) => ({
			method: 'GET',
			path: pathOf(params, '/comments'),
		})),
		addComment: call((params) => ({
			method: 'POST',
			path: pathOf(params, '/comments'),
			body: { body: params.required('comment') },
		})),
	};
}
