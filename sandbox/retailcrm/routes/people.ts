import type { Router } from '../../router';
import { ok, type Ctx, type Handler } from '../context';
import { NOT_A_CHOICE, invalidInput } from '../errors';
import { boolean, contains, dateFrom, dateTo, equals, inList } from '../filters';
import { creationChanges, fieldChanges } from '../history';
import { findById, listOf, paginate, param, scalar } from '../params';
import { crmTime } from '../time';
import type { Entity, Row } from '../types';
import { byEntityId, historyList } from './history';
import { blank, registerResource, required, type ResourceSpec } from './resource';

const USER_STATUSES = ['free', 'busy', 'dinner', 'break'];
const USER_GROUPS = [
	{ id: 1, code: 'director', name: 'Directors', isManager: false },
	{ id: 2, code: 'manager', name: 'Managers', isManager: true },
];
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

function taskErrors(ctx: Ctx, input: Row, creating: boolean): Record<string, string> {
	const errors = creating ? required(input, ['text', 'performerId']) : {};
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
	filters: {
		performers: inList('performerId'),
		creators: inList('creator'),
		status: (t, v) => Boolean(t.complete) === (scalar(v) === 'completed'),
		text: contains('text', 'commentary'),
		dateFrom: dateFrom('datetime'),
		dateTo: dateTo('datetime'),
		orderIds: (t, v) => listOf(v).includes(String((t.order as Row | undefined)?.id)),
		customerIds: (t, v) => listOf(v).includes(String((t.customer as Row | undefined)?.id)),
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
	filters: {
		email: equals('email'),
		active: boolean('active'),
		isManager: boolean('isManager'),
		online: boolean('online'),
		status: equals('status'),
		groups: (u, v) => (u.groups as Row[]).some((g) => listOf(v).includes(String(g.code))),
		firstName: contains('firstName'),
		lastName: contains('lastName'),
	},
};

/** Tasks (with history), users and their groups. */
export function registerPeople(router: Router<Handler>): void {
	router.add('GET', '/api/v5/tasks/history', (ctx) =>
		historyList(ctx, ctx.data.taskHistory, 'task', { taskId: byEntityId() }),
	);
	registerResource(router, tasks);
	registerResource(router, users);
	router
		.add('POST', '/api/v5/users/:id/status', (ctx) => {
			const user = findById(ctx.data.users, ctx.params.id);
			const status = param(ctx, 'status');
			if (status === undefined || status === '') throw invalidInput({ status: blank });
			if (!USER_STATUSES.includes(status)) throw invalidInput({ status: NOT_A_CHOICE });
			user.status = status;
			return ok();
		})
		.add('GET', '/api/v5/user-groups', (ctx) => {
			const page = paginate(ctx, USER_GROUPS);
			return ok({ pagination: page.pagination, groups: page.items });
		});
}
