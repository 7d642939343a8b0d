export const FIRST_NAMES = [
	'Anna',
	'Bram',
	'Chloe',
	'Daan',
	'Emma',
	'Finn',
	'Greta',
	'Hugo',
	'Iris',
	'Jens',
	'Katrien',
	'Lars',
	'Mila',
	'Noah',
	'Olivia',
	'Pieter',
	'Quinten',
	'Roos',
	'Sem',
	'Tess',
];

export const LAST_NAMES = [
	'de Vries',
	'Jansen',
	'Bakker',
	'Visser',
	'Smit',
	'Meijer',
	'Mulder',
	'de Boer',
	'Bos',
	'Peters',
	'Hendriks',
	'Dekker',
	'van Dijk',
	'Vos',
	'Willems',
	'Schmidt',
	'Dubois',
	'Müller',
	'Martin',
	'Brown',
];

export const COMPANY_WORDS = [
	'Noordzee',
	'Polder',
	'Tulip',
	'Windmill',
	'Delta',
	'Canal',
	'Harbor',
	'Dune',
	'Meadow',
	'Beacon',
];

export const COMPANY_SUFFIXES = ['B.V.', 'Trading', 'Retail', 'Supplies', 'Store', 'GmbH', 'Ltd'];

export const CITIES: { city: string; country: string; zip: () => string }[] = [
	{ city: 'Amsterdam', country: 'NL', zip: () => '1012 AB' },
	{ city: 'Rotterdam', country: 'NL', zip: () => '3011 BC' },
	{ city: 'Utrecht', country: 'NL', zip: () => '3511 CD' },
	{ city: 'Groningen', country: 'NL', zip: () => '9711 EF' },
	{ city: 'Antwerpen', country: 'BE', zip: () => '2000' },
	{ city: 'Gent', country: 'BE', zip: () => '9000' },
	{ city: 'Berlin', country: 'DE', zip: () => '10115' },
	{ city: 'Köln', country: 'DE', zip: () => '50667' },
	{ city: 'Paris', country: 'FR', zip: () => '75001' },
	{ city: 'London', country: 'GB', zip: () => 'EC1A 1BB' },
];

export const STREETS = [
	'Kerkstraat',
	'Dorpsstraat',
	'Stationsweg',
	'Molenweg',
	'Hoofdstraat',
	'Schoolstraat',
	'Marktplein',
	'Havenkade',
	'Parklaan',
	'Beukenlaan',
];

export const PRODUCT_ADJECTIVES = [
	'Classic',
	'Organic',
	'Compact',
	'Deluxe',
	'Eco',
	'Heavy-duty',
	'Mini',
	'Pro',
	'Soft',
	'Vintage',
];

export const PRODUCT_NOUNS = [
	'Coffee Mug',
	'Tea Towel',
	'Notebook',
	'Backpack',
	'Water Bottle',
	'Desk Lamp',
	'Phone Case',
	'Candle',
	'Plant Pot',
	'Wool Socks',
	'Cutting Board',
	'Umbrella',
	'Headphones',
	'Yoga Mat',
];

export const COLORS = ['Red', 'Blue', 'Green', 'Black', 'White', 'Grey', 'Yellow', 'Orange'];

export const TAG_TITLES = [
	'VIP',
	'Wholesale',
	'B2B',
	'Priority',
	'Gift wrap',
	'Fragile',
	'Pre-order',
	'Marketplace',
	'Bol.com',
	'Amazon',
	'Shopify',
	'WooCommerce',
	'Returning customer',
	'Influencer',
	'Sample',
	'Backorder OK',
	'Express',
	'Pickup',
	'International',
	'Large item',
	'Summer sale',
	'Black Friday',
	'Subscription',
	'Test',
];

export const TAG_COLORS = ['#e74c3c', '#3498db', '#2ecc71', '#f1c40f', '#9b59b6', '#34495e'];
