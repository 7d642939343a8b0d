import type { Router } from '../../router';
import { LIST_PARAMS, ok, takes, type Ctx, type Handler } from '../context';
import { NOT_A_CHOICE, invalidInput } from '../errors';
import { boolean, contains, dateFrom, dateTo, equals, inList, many } from '../filters';
import { creationChanges, fieldChanges } from '../history';
import { findById, listOf, paginate, param, scalar } from '../params';
import { crmTime } from '../time';
import type { Entity, Row } from '../types';
import { byEntityId, historyList } from './history';
import { blank, registerResource, required, type ResourceSpec } from './resource';

/** api-client-php src/Enum/Users/UserStatus.php. */
const USER_STATUSES = ['free', 'busy', 'dinner', 'break'];
const USER_GROUPS = [
	{ id: 1, code: 'director', name: 'Directors', isManager: false },
	{ id: 2, code: 'manager', name: 'Managers', isManager: true },
];
/** Fields of api-client-php src/Model/Entity/Tasks/Task.php a create or edit may set. */
const TASK_FIELDS = ['text', 'commentary', 'datetime', 'performerId', 'complete', 'phone'] as const;

const taskSummary = (task: Entity): Row => ({ id: task.id });

/** The order or customer a task points at, and the site that gives it. */
function taskLinks(ctx: Ctx, input: Row, errors: Record<string, string>): Row {
	const links: Row = {};
	for (const [field, table] of [
		['order', ctx.data.orders],
		['customer', ctx.data.customers],
	] as const) {
		const ref = input[field] as Row | undefined;
		if (!ref) continue;
		const row =
			ref.id !== undefined
				? table.get(Number(ref.id))
				: ref.externalId !== undefined
					? table.byExternalId(String(ref.externalId), ctx.access.sites)
					: undefined;
		if (!row) errors[field] = `${field === 'order' ? 'Order' : 'Customer'} not found.`;
		else {
			links[field] = { id: row.id, externalId: row.externalId };
			links.site = row.site;
		}
	}
	return links;
}

/**
 * `datetime` is "Y-m-d H:i", no seconds (api-client-php src/Model/Entity/Tasks/Task.php
 * `DateTime<'Y-m-d H:i'>`; tests/src/ResourceGroup/TasksTest.php "2020-10-20 11:40"). That
 * RetailCRM refuses another format: no vendor source found; the simulator does.
 */
const TASK_DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

// A task needs its text and performer (api-client-php TasksTest testCreate sends both; that
// RetailCRM requires them: no vendor source found).
function taskErrors(ctx: Ctx, input: Row, creating: boolean): Record<string, string> {
	const errors = creating ? required(input, ['text', 'performerId']) : {};
	if (input.datetime !== undefined && !TASK_DATETIME.test(String(input.datetime)))
		errors.datetime = 'This value is not a valid datetime.';
	if (input.performerId !== undefined && !ctx.data.users.get(Number(input.performerId)))
		errors.performerId = `User with id=${String(input.performerId)} not found.`;
	taskLinks(ctx, input, errors);
	return errors;
}

const pick = (input: Row) =>
	Object.fromEntries(TASK_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]));

const tasks: ResourceSpec<Entity> = {
	path: '/api/v5/tasks',
	table: (data) => data.tasks,
	listKey: 'tasks',
	itemKey: 'task',
	entity: 'task',
	// A subset of api-client-php src/Model/Filter/Tasks/TaskFilter.php.
	filters: {
		ids: inList('id'),
		performers: inList('performerId'),
		creators: inList('creator'),
		status: (t, v) => Boolean(t.complete) === (scalar(v) === 'completed'),
		text: contains('text', 'commentary'),
		dateFrom: dateFrom('datetime'),
		dateTo: dateTo('datetime'),
		createdAtFrom: dateFrom('createdAt'),
		createdAtTo: dateTo('createdAt'),
		orderNumber: (t, v) => String((t.order as Row | undefined)?.number) === scalar(v),
	},
	create: {
		errorMsg: 'Task is not created',
		validate: (ctx, input) => taskErrors(ctx, input, true),
		build: (ctx, input, id) => ({
			id,
			createdAt: crmTime(ctx.now),
			complete: false,
			commentary: '',
			performerType: 'user',
			...pick(input),
			...taskLinks(ctx, input, {}),
		}),
		after: (ctx, task) =>
			ctx.data.taskHistory.add(task, creationChanges(task), ctx.actor, taskSummary, ctx.now),
	},
	edit: {
		errorMsg: 'Task is not edited',
		fields: TASK_FIELDS,
		validate: (ctx, input) => taskErrors(ctx, input, false),
		after: (ctx, task, before) => {
			Object.assign(task, taskLinks(ctx, { order: task.order, customer: task.customer }, {}));
			ctx.data.taskHistory.add(task, fieldChanges(before, task), ctx.actor, taskSummary, ctx.now);
		},
	},
};

const users: ResourceSpec<Entity> = {
	path: '/api/v5/users',
	table: (data) => data.users,
	listKey: 'users',
	itemKey: 'user',
	entity: 'user',
	newestFirst: false,
	// A subset of api-client-php src/Model/Filter/Users/ApiUserFilter.php (groups: a list of codes).
	filters: {
		email: equals('email'),
		active: boolean('active'),
		isManager: boolean('isManager'),
		online: boolean('online'),
		status: equals('status'),
		groups: many((u, v) => (u.groups as Row[]).some((g) => listOf(v).includes(String(g.code)))),
	},
};

/**
 * Tasks (with history), users and their groups (api-client-php src/ResourceGroup/Tasks.php,
 * Users.php); tasks create and edit take `task` and `site` (TasksCreateRequest).
 */
export function registerPeople(router: Router<Handler>): void {
	router.add(
		'GET',
		'/api/v5/tasks/history',
		takes(LIST_PARAMS, (ctx) =>
			historyList(ctx, ctx.data.taskHistory, 'task', { taskId: byEntityId() }),
		),
	);
	registerResource(router, tasks);
	registerResource(router, users);
	router
		// UsersStatusRequest: status, one of free, busy, dinner, break (src/Enum/Users/).
		.add(
			'POST',
			'/api/v5/users/:id/status',
			takes(['status'], (ctx) => {
				const user = findById(ctx.data.users, ctx.params.id);
				const status = param(ctx, 'status');
				if (status === undefined || status === '') throw invalidInput({ status: blank });
				if (!USER_STATUSES.includes(status)) throw invalidInput({ status: NOT_A_CHOICE });
				user.status = status;
				return ok();
			}),
		)
		.add(
			'GET',
			'/api/v5/user-groups',
			takes(['page', 'limit'], (ctx) => {
				const page = paginate(ctx, USER_GROUPS);
				return ok({ pagination: page.pagination, groups: page.items });
			}),
		);
}
