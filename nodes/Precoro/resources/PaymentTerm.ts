import { referenceResource } from '../references';

/** Payment terms: `/paymentterms`, externalId by PATCH ("Mastering external integrations"); not in INT. */
export const paymentTerm = referenceResource({
	name: 'Payment Term',
	plural: 'Payment Terms',
	value: 'paymentTerm',
	path: '/paymentterms',
	setExternalId: true,
});
