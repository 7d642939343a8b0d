import { referenceId } from '../fields';
import { referenceResource } from '../references';

/** Legal entities: `/legalentities`, externalId by PATCH ("Mastering external integrations"); not in INT. */
export const legalEntity = referenceResource({
	name: 'Legal Entity',
	plural: 'Legal Entities',
	value: 'legalEntity',
	path: '/legalentities',
	idField: referenceId('Legal Entity', 'getLegalEntities'),
	setExternalId: true,
});
