import { fieldLabels } from '../../nodes/shared/labels';
import { Picqer } from '../../nodes/Picqer/Picqer.node';

const properties = new Picqer().description.properties;

describe('fieldLabels', () => {
	it('gives the labels users see for one operation, nested fields included', () => {
		const labels = fieldLabels(properties, 'product', 'create');
		expect(labels.jsonBody).toBe('JSON Body');
		expect(labels.productcode).toBe('Product Code');
		expect(labels.vatGroupId).toBe('VAT Group Name or ID');
		// Fields of other operations are not mixed in.
		expect(labels.orderId).toBeUndefined();
	});

	it('reads the options of collections such as Update Fields', () => {
		expect(fieldLabels(properties, 'product', 'update').idvatgroup).toBe('VAT Group Name or ID');
	});

	it('reads the rows of fixed collections', () => {
		const labels = fieldLabels(properties, 'order', 'create');
		expect(labels.idproduct).toBe('Product ID');
		expect(labels.customerId).toBe('Customer');
	});

	it('follows display conditions (_cnd) on the operation, as spec-driven nodes use them', () => {
		const fields = [
			{
				displayName: 'JSON Body',
				name: 'jsonBody',
				type: 'json',
				default: '{}',
				displayOptions: { show: { operation: [{ _cnd: { regex: '^(POST|PUT) ' } }] } },
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: 50,
				displayOptions: { show: { operation: [{ _cnd: { endsWith: '#list' } }] } },
			},
		] as typeof properties;
		expect(fieldLabels(fields, 'Orders', 'POST /orders')).toEqual({ jsonBody: 'JSON Body' });
		expect(fieldLabels(fields, 'Orders', 'GET /orders#list')).toEqual({ limit: 'Limit' });
	});
});
