import { picqerEventOptions } from '../../nodes/Picqer/picqerEvents';

const nameOf = (value: string) => picqerEventOptions.find((o) => o.value === value)?.name;

describe('Picqer Trigger event labels', () => {
	it('name the record in the singular, as n8n labels read', () => {
		expect(nameOf('orders.notes.created')).toBe('Order Note Created');
		expect(nameOf('picklist_batches.changed')).toBe('Picklist Batch Changed');
		expect(nameOf('location_stock_counts.completed')).toBe('Location Stock Count Completed');
		expect(nameOf('picklists.shipments.created')).toBe('Picklist Shipment Created');
		expect(nameOf('purchase_orders.purchased')).toBe('Purchase Order Purchased');
	});

	it('keep small words in lower case and the options sorted by name', () => {
		expect(nameOf('products.stock_on_location_changed')).toBe('Product Stock on Location Changed');
		const names = picqerEventOptions.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});
});
