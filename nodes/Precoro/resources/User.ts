import { referenceId } from '../fields';
import { referenceResource } from '../references';

/** Users of the company: `GET /users` (open-connector); not in INT. */
export const user = referenceResource({
	name: 'User',
	plural: 'Users',
	value: 'user',
	path: '/users',
	idField: referenceId('User', 'getUsers'),
});
