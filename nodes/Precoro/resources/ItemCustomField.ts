import { customFieldResource } from '../customFields';

export const itemCustomField = customFieldResource({
	label: 'Item',
	value: 'itemCustomField',
	path: '/itemcustomfields',
	fieldsMethod: 'getItemCustomFields',
	optionList: true,
});
