import { SeededRandom } from '../../random';
import { emptyData, type PicqerData } from '../data';
import { seedCustomers, seedProducts } from './catalog';
import { seedOrders } from './orders';
import { seedPurchaseOrders, seedReceipts, seedReturns, seedStockHistory } from './purchasing';
import { seedReference } from './reference';

export { SEED_CUSTOMERS, SEED_PRODUCTS } from './catalog';
export { SEED_BACKORDERS, SEED_ORDERS, SEED_PICKLISTS } from './orders';

/** Row counts that differ from the defaults, e.g. more orders for a benchmark. */
export interface PicqerSeedSizes {
	orders?: number;
}

/** Builds one account's data; the same seed and sizes always give the same rows. */
export function seedPicqer(seed: number, sizes: PicqerSeedSizes = {}): PicqerData {
	const random = new SeededRandom(seed);
	const data = emptyData();
	seedReference(data, random);
	seedCustomers(data, random);
	seedProducts(data, random);
	seedOrders(data, random, sizes.orders);
	seedPurchaseOrders(data, random);
	seedReceipts(data, random);
	seedReturns(data, random);
	seedStockHistory(data, random);
	return data;
}
