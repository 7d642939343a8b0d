import type { VendorCase } from '../vendorCase';
import { openApiServiceVendor } from './openApiService';
import { pelcroVendor } from './pelcro';
import { picqerVendor } from './picqer';
import { precoroVendor } from './precoro';
import { retailCrmVendor } from './retailCrm';

/** Every vendor the suite proves its guarantees for; a new vendor is one entry here. */
export const vendors: VendorCase[] = [
	picqerVendor,
	retailCrmVendor,
	pelcroVendor,
	openApiServiceVendor,
	precoroVendor,
];
