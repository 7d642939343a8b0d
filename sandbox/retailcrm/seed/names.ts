export const FIRST_NAMES = [
	'Anna',
	'Boris',
	'Chloe',
	'Daniel',
	'Elena',
	'Felix',
	'Greta',
	'Hugo',
	'Irina',
	'Jonas',
	'Katya',
	'Lucas',
	'Maria',
	'Nikolai',
	'Olga',
	'Pavel',
	'Rosa',
	'Sergei',
	'Tamara',
	'Victor',
];

export const LAST_NAMES = [
	'Ivanova',
	'Petrov',
	'Smirnova',
	'Kuznetsov',
	'Novak',
	'Jansen',
	'Garcia',
	'Müller',
	'Dubois',
	'Rossi',
	'Brown',
	'Kowalski',
	'Horvat',
	'Lindqvist',
	'Costa',
];

export const CITIES = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Antwerp', 'Berlin', 'Lyon'];

export const PRODUCT_WORDS = [
	'Linen',
	'Cotton',
	'Wool',
	'Leather',
	'Canvas',
	'Denim',
	'Silk',
	'Bamboo',
];

export const PRODUCT_KINDS = ['Shirt', 'Scarf', 'Bag', 'Jacket', 'Cap', 'Belt', 'Apron', 'Tote'];

export const COMPANY_WORDS = ['Nordic', 'Harbour', 'Summit', 'Meadow', 'Atlas', 'Beacon'];
