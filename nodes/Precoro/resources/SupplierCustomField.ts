import { customFieldResource } from '../customFields';

/** INT has no option list or option PATCH for supplier custom fields, only POST and PUT. */
export const supplierCustomField = customFieldResource({
	label: 'Supplier',
	value: 'supplierCustomField',
	path: '/suppliercustomfields',
	fieldsMethod: 'getSupplierCustomFields',
	optionList: false,
});
