import type { IDataObject } from 'n8n-workflow';

import type { VendorClient } from '../shared/client';
import { list } from '../shared/list';
import { recentAnswer } from '../shared/recentAnswers';
import type { RequestSpec } from '../shared/types';
import { precoroPages } from './PrecoroProfile';

/**
 * A whole list, read at most once a minute per account: Precoro refuses the same GET within a
 * minute (see recentAnswer).
 */
export function recentList(
	client: VendorClient,
	spec: RequestSpec,
	itemIndex?: number,
): Promise<IDataObject[]> {
	return recentAnswer(client, spec, () =>
		list(client, spec, precoroPages, { returnAll: true, itemIndex }),
	);
}
