import { SeededRandom } from '../../random';
import { emptyData, type RetailCrmData } from '../data';
import { seedCatalog } from './catalog';
import { seedOrders } from './orders';
import { seedCorporate, seedCustomers, seedUsers } from './people';
import { seedReference } from './reference';
import { seedWork } from './work';

/** Seeded rows date from this moment on, so everything the API writes is newer. */
export const SEED_START = new Date('2025-01-06T08:00:00Z');

/** Builds the instance's data; the same seed always gives the same rows. */
export function seedRetailCrm(seed: number): RetailCrmData {
	const random = new SeededRandom(seed);
	const data = emptyData();
	seedReference(data);
	seedUsers(data, random, SEED_START);
	seedCatalog(data, random, SEED_START);
	seedCustomers(data, random, SEED_START);
	seedCorporate(data, random, SEED_START);
	seedOrders(data, random, SEED_START);
	seedWork(data, random, SEED_START);
	return data;
}
