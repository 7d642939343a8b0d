import { filtersCollection, returnAllAndLimit } from '../../shared/fields';
import type { ResourceDefinition } from '../../shared/operations';
import { externalIdsFilter, idsFilter, jsonArrayField, siteField, sitesFilter } from '../fields';
import { rcFiltered } from '../requests';
import { RETAILCRM_INVENTORY_PAGE_SIZES, retailCrmPages } from '../RetailCrmProfile';
import { rcUpload } from '../upload';

const paging = returnAllAndLimit();

/** List filters of products and offers (ProductFilterType, OfferFilterType in api-client-php). */
const LISTS = { lists: ['ids', 'externalIds', 'groups', 'sites'] };

/** RetailCRM products, offers, stock and prices (api-client-php src/ResourceGroup/Store.php). */
export const store: ResourceDefinition = {
	name: 'Store',
	value: 'store',
	description: 'Products, offers, stock and prices',
	operations: [
		{
			value: 'getProducts',
			name: 'Get Products',
			action: 'Get many products',
			isDefault: true,
			fields: [
				...paging,
				filtersCollection(
					[
						{
							displayName: 'Active',
							name: 'active',
							type: 'boolean',
							default: true,
							description: 'Whether to return only active products (or only inactive ones)',
						},
						{
							displayName: 'External ID',
							name: 'externalId',
							type: 'string',
							default: '',
						},
						{
							displayName: 'Group IDs',
							name: 'groups',
							type: 'string',
							default: '',
							description: 'Comma-separated IDs of product groups',
						},
						idsFilter,
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'Only products whose name, article or barcode contains this text',
						},
						sitesFilter,
					],
					'productFilters',
				),
			],
			run: rcFiltered('products', '/store/products', LISTS, 'productFilters'),
		},
		{
			value: 'getOffers',
			name: 'Get Offers',
			action: 'Get many offers',
			fields: [
				...paging,
				filtersCollection(
					[
						{
							displayName: 'Active',
							name: 'active',
							type: 'boolean',
							default: true,
							description: 'Whether to return only active offers (or only inactive ones)',
						},
						externalIdsFilter,
						idsFilter,
						sitesFilter,
					],
					'offerFilters',
				),
			],
			run: rcFiltered('offers', '/store/offers', LISTS, 'offerFilters'),
		},
		{
			value: 'getInventories',
			name: 'Get Inventories',
			action: 'Get stock levels of offers',
			fields: [
				...paging,
				filtersCollection(
					[
						{
							displayName: 'Details',
							name: 'details',
							type: 'boolean',
							default: true,
							description: 'Whether to break stock down per warehouse',
						},
						{
							displayName: 'IDs',
							name: 'ids',
							type: 'string',
							default: '',
							description: 'Comma-separated RetailCRM IDs of offers',
						},
						{
							displayName: 'Offer External IDs',
							name: 'offerExternalId',
							type: 'string',
							default: '',
							description: 'Comma-separated external IDs of offers',
						},
						sitesFilter,
					],
					'inventoryFilters',
				),
			],
			// `offerExternalId` is a list (api-client-php src/Model/Filter/Store/InventoryFilterType.php
			// string[]; api-client-go InventoriesFilter), and a page may hold 250.
			run: rcFiltered(
				retailCrmPages('offers', RETAILCRM_INVENTORY_PAGE_SIZES),
				'/store/inventories',
				{ lists: ['ids', 'offerExternalId', 'sites'] },
				'inventoryFilters',
			),
		},
		{
			value: 'uploadInventories',
			name: 'Upload Inventories',
			action: 'Upload stock levels in batches',
			fields: [
				siteField,
				jsonArrayField(
					'offers',
					'Offers',
					'JSON array of offers with their stock per warehouse, e.g. [{"externalId": "A1", "stores": [{"code": "main", "available": 5}]}]. Sent 250 per request.',
				),
			],
			run: rcUpload({
				path: '/store/inventories/upload',
				field: 'offers',
				param: 'offers',
				batchSize: 250,
				site: true,
			}),
		},
		{
			value: 'uploadPrices',
			name: 'Upload Prices',
			action: 'Upload prices in batches',
			fields: [
				jsonArrayField(
					'prices',
					'Prices',
					'JSON array of offers with their prices, e.g. [{"externalId": "A1", "site": "shop", "prices": [{"code": "base", "price": 9.5}]}]. Sent 250 per request.',
				),
			],
			run: rcUpload({
				path: '/store/prices/upload',
				field: 'prices',
				param: 'prices',
				batchSize: 250,
			}),
		},
	],
};
