import type { Router } from '../router';
import { created, intField, noContent, ok, type Ctx, type Handler } from './context';
import { accepting } from './contract';
import { attachedIds, type PicqerData } from './data';
import { notFound } from './errors';
import { pageOf } from './resources';
import type { Collection } from './store';
import { picqerTime } from './time';
import type { Row, Tag } from './types';

interface Owner {
	/** Path of the owning resource, e.g. `/orders`. */
	path: string;
	/** Comment source type, e.g. `order`. */
	type: string;
	label: string;
	table: (data: PicqerData) => Collection;
}

function ownerRow(owner: Owner, ctx: Ctx): Row {
	const row = owner.table(ctx.data).get(ctx.params.id);
	if (!row) throw notFound(owner.label);
	return row;
}

/**
 * GET/POST `<owner>/{id}/comments` (picqer-php Client.php `add…Comment`/`get…Comments`); a POST
 * takes `body`, `show_at_related` and `is_visible_fulfilment` (Pipedream components/picqer
 * add-order-comment); new comments also appear under /comments. Comment lists are paged.
 */
export function registerComments(router: Router<Handler>, owner: Owner): void {
	router.add(
		'GET',
		`${owner.path}/:id/comments`,
		accepting({ query: ['offset'] }, (ctx) => {
			const row = ownerRow(owner, ctx);
			const ids = attachedIds(ctx.data, owner.type, row[owner.table(ctx.data).idField] as number);
			return ok(
				pageOf(
					ids.map((id) => ctx.data.comments.get(id)!),
					ctx,
				),
			);
		}),
	);
	const contract = {
		body: ['body', 'show_at_related', 'is_visible_fulfilment'],
		required: ['body'],
	};
	router.add(
		'POST',
		`${owner.path}/:id/comments`,
		accepting(contract, (ctx) => {
			const row = ownerRow(owner, ctx);
			const id = row[owner.table(ctx.data).idField] as number;
			const user = ctx.data.users.rows[0];
			const time = picqerTime();
			const comment = ctx.data.comments.create((idcomment) => ({
				idcomment,
				show_at_related: Boolean(ctx.body.show_at_related ?? false),
				is_visible_in_fulfilment: Boolean(ctx.body.is_visible_fulfilment ?? false),
				body: String(ctx.body.body),
				source: { type: owner.type, id },
				author_type: 'user',
				author: {
					iduser: user.iduser,
					full_name: `${String(user.firstname)} ${String(user.lastname)}`,
				},
				mentions: [],
				created_at: time,
				updated_at: time,
			}));
			attachedIds(ctx.data, owner.type, id).push(comment.idcomment as number);
			ctx.emit('comments.created', comment);
			return created(comment);
		}),
	);
}

function tagList(row: Row): Tag[] {
	return Array.isArray(row.tags)
		? (row.tags as Tag[])
		: Object.values(row.tags as Record<string, Tag>);
}

/** Orders key tags by title, other resources list them; keep each row's own shape. */
function setTags(row: Row, tags: Tag[]): void {
	row.tags = Array.isArray(row.tags) ? tags : Object.fromEntries(tags.map((t) => [t.title, t]));
}

/**
 * GET/POST `<owner>/{id}/tags` and DELETE `<owner>/{id}/tags/{idtag}`; a POST takes `{idtag}`
 * (picqer-php Client.php `addOrderTag`, `addCustomerTag`, `addProductTag`).
 */
export function registerTags(router: Router<Handler>, owner: Owner): void {
	router.add(
		'GET',
		`${owner.path}/:id/tags`,
		accepting({}, (ctx) => ok(tagList(ownerRow(owner, ctx)))),
	);
	router.add(
		'POST',
		`${owner.path}/:id/tags`,
		accepting({ body: ['idtag'], required: ['idtag'] }, (ctx) => {
			const row = ownerRow(owner, ctx);
			const tag = ctx.data.tags.get(intField(ctx.body, 'idtag'));
			if (!tag) throw notFound('Tag');
			const tags = tagList(row);
			if (!tags.some((t) => t.idtag === tag.idtag)) setTags(row, [...tags, tag]);
			return created(tagList(row));
		}),
	);
	router.add(
		'DELETE',
		`${owner.path}/:id/tags/:idtag`,
		accepting({}, (ctx) => {
			const row = ownerRow(owner, ctx);
			const tags = tagList(row);
			if (!tags.some((t) => String(t.idtag) === ctx.params.idtag)) throw notFound('Tag');
			setTags(
				row,
				tags.filter((t) => String(t.idtag) !== ctx.params.idtag),
			);
			return noContent();
		}),
	);
}
