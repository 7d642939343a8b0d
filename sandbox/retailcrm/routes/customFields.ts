import type { Router } from '../../router';
import { LIST_PARAMS, ok, takes, type Handler } from '../context';
import { notFound } from '../errors';
import { applyFilters, contains, equals, inList, type Filter } from '../filters';
import { paginate } from '../params';
import type { Row } from '../types';

/** api-client-php src/Model/Filter/CustomFields/CustomFieldFilter.php (type, viewMode, displayArea are lists). */
const FIELD_FILTERS: Record<string, Filter<Row>> = {
	name: contains('name'),
	code: equals('code'),
	type: inList('type'),
	entity: equals('entity'),
	viewMode: inList('viewMode'),
	displayArea: inList('displayArea'),
	inFilter: (row, value) => Boolean(row.inFilter) === (value === '1'),
};

/** src/Model/Filter/CustomFields/CustomDictionaryFilter.php. */
const DICTIONARY_FILTERS: Record<string, Filter<Row>> = {
	name: contains('name'),
	code: equals('code'),
};

/**
 * Custom field definitions and dictionaries (api-client-php src/ResourceGroup/CustomFields.php):
 * lists under `customFields` and `customDictionaries`, one under `customField` and
 * `customDictionary` (src/Model/Response/CustomFields/). Dictionaries go first: their paths would
 * otherwise read as `/{entity}/{code}`.
 */
export function registerCustomFields(router: Router<Handler>): void {
	router
		.add(
			'GET',
			'/api/v5/custom-fields',
			takes(LIST_PARAMS, (ctx) => {
				const page = paginate(ctx, applyFilters(ctx, ctx.data.customFields, FIELD_FILTERS));
				return ok({ pagination: page.pagination, customFields: page.items });
			}),
		)
		.add(
			'GET',
			'/api/v5/custom-fields/dictionaries',
			takes(LIST_PARAMS, (ctx) => {
				const rows = applyFilters(ctx, ctx.data.customDictionaries, DICTIONARY_FILTERS);
				const page = paginate(ctx, rows);
				return ok({ pagination: page.pagination, customDictionaries: page.items });
			}),
		)
		.add(
			'GET',
			'/api/v5/custom-fields/dictionaries/:code',
			takes([], (ctx) => {
				const found = ctx.data.customDictionaries.find((d) => d.code === ctx.params.code);
				if (!found) throw notFound();
				return ok({ customDictionary: found });
			}),
		)
		.add(
			'GET',
			'/api/v5/custom-fields/:entity/:code',
			takes([], (ctx) => {
				const found = ctx.data.customFields.find(
					(f) => f.entity === ctx.params.entity && f.code === ctx.params.code,
				);
				if (!found) throw notFound();
				return ok({ customField: found });
			}),
		);
}
