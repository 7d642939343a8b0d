import type { VendorCase } from '../vendorCase';
import { picqerVendor } from './picqer';

/** Every vendor the suite proves its guarantees for; a new vendor is one entry here. */
export const vendors: VendorCase[] = [picqerVendor];
