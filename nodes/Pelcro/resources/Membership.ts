import type { IDataObject } from 'n8n-workflow';

import { additionalFields, filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { path } from '../../shared/params';
import { customerLocator, idField } from '../fields';
import { bodyOf, many, numericId, one } from '../requests';

const subscriptionId = idField(
	'subscriptionId',
	'Subscription ID',
	'The membership-type subscription whose seats the member uses',
);

/**
 * Members of group subscriptions: POST /memberships and /memberships/invite are documented
 * (R/api-core-create-membership, R/api-core-invite-member); the list and delete paths follow
 * the resource's sidebar (R/api-core-membership) without a page of their own.
 */
export const membership: ResourceDefinition = {
	name: 'Membership',
	value: 'membership',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Add a member to a subscription',
			description:
				'Needs a free seat; a pending invitation of the same customer is activated instead',
			fields: [
				subscriptionId,
				customerLocator(),
				additionalFields([
					{
						displayName: 'Address ID',
						name: 'address_id',
						type: 'string',
						default: '',
						description: "One of the member's addresses",
					},
					{
						displayName: 'Old Provider ID',
						name: 'old_provider_id',
						type: 'string',
						default: '',
					},
				]),
			],
			run: one((params) => ({
				method: 'POST',
				path: '/memberships',
				body: {
					subscription_id: numericId(params, 'subscriptionId'),
					customer_id: numericId(params, 'customerId'),
					...bodyOf(params, 'additionalFields', { ids: ['address_id'] }),
				},
			})),
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Remove a member from a subscription',
			description: 'Frees the seat',
			fields: [idField('membershipId', 'Membership ID', 'The ID of the membership')],
			run: one((params) => ({
				method: 'DELETE',
				path: path`/memberships/${params.id('membershipId', { numeric: true })}`,
			})),
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many memberships',
			isDefault: true,
			fields: [
				...returnAllAndLimit(),
				filtersCollection([
					{ displayName: 'Customer ID', name: 'user_id', type: 'string', default: '' },
					{
						displayName: 'Subscription ID',
						name: 'subscription_id',
						type: 'string',
						default: '',
					},
				]),
			],
			// Members filter on user_id and subscription_id (R/api-core-filtering-and-sorting).
			run: many((params) => {
				const filters = params.numericIds(params.fields('filters'), {
					user_id: 'Customer ID',
					subscription_id: 'Subscription ID',
				});
				const qs: IDataObject = {};
				for (const [name, value] of Object.entries(filters))
					qs[`filter[${name}]`] = `eq:${String(value)}`;
				return { method: 'GET', path: '/memberships', qs };
			}),
		},
		{
			value: 'invite',
			name: 'Invite',
			action: 'Invite a member by email',
			description: 'Creates a pending membership that becomes active when the person registers',
			fields: [
				subscriptionId,
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					required: true,
					default: '',
				},
			],
			run: one((params) => ({
				method: 'POST',
				path: '/memberships/invite',
				body: {
					subscription_id: numericId(params, 'subscriptionId'),
					email: params.required('email'),
				},
			})),
		},
	],
};
