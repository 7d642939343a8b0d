import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/executor';
import { filterOf, rcList, rcUpload, withFilter } from '../retailCrmRequests';
import { jsonArrayField, siteField } from './common';

const show = (operation: string[]) => ({ resource: ['store'], operation });

export const storeOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['store'] } },
	options: [
		{
			name: 'Get Inventories',
			value: 'getInventories',
			action: 'Get stock levels of offers',
		},
		{ name: 'Get Offers', value: 'getOffers', action: 'Get many offers' },
		{ name: 'Get Products', value: 'getProducts', action: 'Get many products' },
		{
			name: 'Upload Inventories',
			value: 'uploadInventories',
			action: 'Upload stock levels in batches',
		},
		{ name: 'Upload Prices', value: 'uploadPrices', action: 'Upload prices in batches' },
	],
	default: 'getProducts',
};

const sitesFilter: INodeProperties = {
	displayName: 'Site Names or IDs',
	name: 'sites',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getSites' },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const storeFields: INodeProperties[] = [
	...returnAllAndLimit('store', 'getProducts'),
	{
		displayName: 'Filters',
		name: 'productFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getProducts']) },
		options: [
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
			{
				displayName: 'IDs',
				name: 'ids',
				type: 'string',
				default: '',
				description: 'Comma-separated RetailCRM IDs',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only products whose name, article or barcode contains this text',
			},
			sitesFilter,
		],
	},
	...returnAllAndLimit('store', 'getOffers'),
	{
		displayName: 'Filters',
		name: 'offerFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getOffers']) },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to return only active offers (or only inactive ones)',
			},
			{
				displayName: 'External IDs',
				name: 'externalIds',
				type: 'string',
				default: '',
				description: 'Comma-separated external IDs',
			},
			{
				displayName: 'IDs',
				name: 'ids',
				type: 'string',
				default: '',
				description: 'Comma-separated RetailCRM IDs',
			},
			sitesFilter,
		],
	},
	...returnAllAndLimit('store', 'getInventories'),
	{
		displayName: 'Filters',
		name: 'inventoryFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show(['getInventories']) },
		options: [
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
				displayName: 'Offer External ID',
				name: 'offerExternalId',
				type: 'string',
				default: '',
			},
			sitesFilter,
		],
	},
	siteField(show(['uploadInventories'])),
	jsonArrayField(
		'offers',
		'Offers',
		show(['uploadInventories']),
		'JSON array of offers with their stock per warehouse, e.g. [{"externalId": "A1", "stores": [{"code": "main", "available": 5}]}]. Sent 250 per request.',
	),
	jsonArrayField(
		'prices',
		'Prices',
		show(['uploadPrices']),
		'JSON array of offers with their prices, e.g. [{"externalId": "A1", "site": "shop", "prices": [{"code": "base", "price": 9.5}]}]. Sent 250 per request.',
	),
];

const LISTS = { lists: ['ids', 'externalIds', 'groups', 'sites'] };

export const storeRequests: Record<string, Operation> = {
	getProducts: rcList('products', (params) => ({
		method: 'GET',
		path: '/store/products',
		qs: withFilter(filterOf(params.fields('productFilters'), LISTS)),
	})),
	getOffers: rcList('offers', (params) => ({
		method: 'GET',
		path: '/store/offers',
		qs: withFilter(filterOf(params.fields('offerFilters'), LISTS)),
	})),
	getInventories: rcList('offers', (params) => ({
		method: 'GET',
		path: '/store/inventories',
		qs: withFilter(filterOf(params.fields('inventoryFilters'), LISTS)),
	})),
	uploadInventories: rcUpload({
		path: '/store/inventories/upload',
		field: 'offers',
		param: 'offers',
		batchSize: 250,
		site: true,
	}),
	uploadPrices: rcUpload({
		path: '/store/prices/upload',
		field: 'prices',
		param: 'prices',
		batchSize: 250,
	}),
};
