import type { INodePropertyOptions } from 'n8n-workflow';

/** Picqer's webhook events, as documented; one hook is registered per chosen event. */
const EVENTS: Array<[string, string]> = [
	['comments.created', 'A comment was added'],
	['location_stock_counts.completed', 'A stock count of a location was completed'],
	['movements.moved', 'Stock was moved between locations'],
	['orders.allocated', 'An order was allocated'],
	['orders.closed', 'An order was closed'],
	['orders.completed', 'An order was completed'],
	['orders.created', 'An order was created'],
	['orders.notes.created', 'A note was added to an order'],
	['orders.paused', 'An order was paused'],
	['orders.resumed', 'An order was resumed'],
	['orders.status_changed', 'The status of an order changed'],
	['picklist_batches.changed', 'A picklist batch changed'],
	['picklist_batches.completed', 'A picklist batch was completed'],
	['picklist_batches.created', 'A picklist batch was created'],
	['picklists.cancelled', 'A picklist was cancelled'],
	['picklists.changed', 'A picklist changed'],
	['picklists.closed', 'A picklist was closed (the order was picked and shipped)'],
	['picklists.created', 'A picklist was created'],
	['picklists.paused', 'A picklist was paused'],
	['picklists.resumed', 'A picklist was resumed'],
	['picklists.shipments.cancelled', 'A shipment of a picklist was cancelled'],
	['picklists.shipments.created', 'A shipment was created for a picklist'],
	['picklists.snoozed', 'A picklist was snoozed'],
	['picklists.unsnoozed', 'A picklist was unsnoozed'],
	['products.assembled_stock_changed', 'The assembled stock of a product changed'],
	['products.changed', 'A product changed'],
	['products.created', 'A product was created'],
	['products.free_stock_changed', 'The free stock of a product changed (high volume)'],
	['products.parts.changed', 'The parts of a composition changed'],
	['products.stock_changed', 'The stock of a product changed'],
	['products.stock_on_location_changed', 'The stock of a product on a location changed'],
	['purchase_orders.changed', 'A purchase order changed'],
	['purchase_orders.created', 'A purchase order was created'],
	['purchase_orders.purchased', 'A purchase order was marked as purchased'],
	['receipts.completed', 'A receipt was completed'],
	['receipts.created', 'A receipt was created'],
	['receipts.product_received', 'A product was received on a receipt'],
	['receipts.product_reverted', 'A received product was reverted on a receipt'],
	['returns.changed', 'A return changed'],
	['returns.created', 'A return was created'],
	['returns.products_received', 'Products of a return were received'],
	['returns.status_changed', 'The status of a return changed'],
	['tasks.changed', 'A task changed'],
	['tasks.completed', 'A task was completed'],
	['tasks.created', 'A task was created'],
	['tasks.deleted', 'A task was deleted'],
	['tasks.uncompleted', 'A task was marked as not completed'],
];

const SMALL_WORDS = new Set(['a', 'an', 'and', 'in', 'of', 'on', 'or', 'the', 'to']);

/** "picklist_batches" → "picklist_batch": Picqer names its collections in the plural. */
function singular(segment: string) {
	return segment.replace(/ches$/, 'ch').replace(/ies$/, 'y').replace(/s$/, '');
}

/** "orders.notes.created" → "Order Note Created", "products.stock_on_location_changed" → "Product Stock on Location Changed". */
function title(event: string) {
	const segments = event.split('.');
	const last = segments.pop() as string;
	return [...segments.map(singular), last]
		.join('_')
		.split('_')
		.map((word, index) =>
			index > 0 && SMALL_WORDS.has(word) ? word : word[0].toUpperCase() + word.slice(1),
		)
		.join(' ');
}

export const picqerEventOptions: INodePropertyOptions[] = EVENTS.map(([value, description]) => ({
	name: title(value),
	value,
	description,
}));
