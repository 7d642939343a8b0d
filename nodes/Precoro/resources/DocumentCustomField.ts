import { customFieldResource } from '../customFields';

export const documentCustomField = customFieldResource({
	label: 'Document',
	value: 'documentCustomField',
	path: '/documentcustomfields',
	fieldsMethod: 'getDocumentCustomFields',
	optionList: true,
});
