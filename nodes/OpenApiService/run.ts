import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Operation } from '../shared/executor';
import { inputError } from '../shared/errors';
import { list } from '../shared/list';
import { request } from '../shared/request';
import { LIST_MARK, operationKey } from './catalog';
import type { ChosenOperation } from './design';
import { chosenOperation } from './design';
import { OPEN_API_SERVICE_CREDENTIAL } from './OpenApiServiceProfile';
import { pagingParameters, paginatorFor } from './paging';
import { buildRequest } from './parameters';
import { loadSpec } from './specSource';

/**
 * Every operation of the spec runs here: the spec is read (cached per text), the picked
 * operation found for its version, the form checked into a request, and the request sent
 * through the core, paged for lists.
 */
export const runSpecOperation: Operation = async ({ params, client, itemIndex }) => {
	const credentials = await params.ctx.getCredentials(OPEN_API_SERVICE_CREDENTIAL);
	const operation = params.string('operation');
	// The form shows Return All, Limit and Pagination only for values with the list mark, and a
	// hidden field cannot be read: the mark decides, as it did in the editor.
	const listed = operation.endsWith(LIST_MARK);
	let chosen: ChosenOperation | undefined;
	let failure: Error | undefined;
	try {
		const spec = await loadSpec(client, credentials, itemIndex);
		chosen = chosenOperation(
			{ spec, credentials },
			{
				operation,
				apiVersion: params.string('apiVersion'),
				pagination: listed ? params.string('pagination', 'auto') : 'auto',
			},
		);
	} catch (error) {
		failure = error as Error;
	}
	if (failure || !chosen) {
		if (failure instanceof NodeApiError || failure instanceof NodeOperationError) throw failure;
		// A spec that cannot be read, or an operation it does not have: the user's to fix.
		throw inputError(params.ctx.getNode(), failure?.message ?? 'No operation chosen', itemIndex);
	}
	const { details, resolved } = chosen;
	const plan = listed ? chosen.plan : undefined;
	if (listed && !plan) {
		throw inputError(
			params.ctx.getNode(),
			`"${operationKey(operation)}" no longer answers with a list in the spec; pick the operation again`,
			itemIndex,
		);
	}
	const sendsBody = ['POST', 'PUT', 'PATCH'].includes(resolved.operation.method);
	const spec = buildRequest(params, details, resolved, {
		skipQuery: plan ? pagingParameters(plan) : [],
		useJsonBody: sendsBody && params.boolean('useJsonBody'),
	});
	if (plan) return await list(client, spec, paginatorFor(plan), { ...params.paging(), itemIndex });
	return await request(client, spec, itemIndex);
};
