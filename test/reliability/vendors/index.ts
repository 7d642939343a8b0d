import type { VendorCase } from '../vendorCase';
import { picqerVendor } from './picqer';
import { retailCrmVendor } from './retailCrm';

/** Every vendor the suite proves its guarantees for; a new vendor is one entry here. */
export const vendors: VendorCase[] = [picqerVendor, retailCrmVendor];
