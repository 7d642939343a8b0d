import { referenceResource } from '../references';

/**
 * Taxes: `GET /taxes` (hotgluexyz/tap-precoro), `PATCH /taxes/{id}` with an externalId
 * (help.precoro.com "Mastering external integrations"); not in INT.
 */
export const tax = referenceResource({
	name: 'Tax',
	plural: 'Taxes',
	value: 'tax',
	path: '/taxes',
	setExternalId: true,
});
