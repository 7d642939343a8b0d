import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.picqer.data();
const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });

describe('Picqer tag', () => {
	it('creates a tag with title, color and inherit', async () => {
		const out = await runPicqer(sandbox, {
			resource: 'tag',
			operation: 'create',
			title: 'Handle with gloves',
			color: '#aa3300',
			inherit: true,
		});
		expect(sandbox.received.last()).toMatchObject({
			method: 'POST',
			path: '/tags',
			body: { title: 'Handle with gloves', color: '#aa3300', inherit: true },
		});
		expect(out[0].json).toMatchObject({
			title: 'Handle with gloves',
			color: '#aa3300',
			inherit: true,
		});
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(data().tags.get(out[0].json.idtag as number)?.title).toBe('Handle with gloves');
	});

	it('sends the default color and inherit false when left alone', async () => {
		await runPicqer(sandbox, { resource: 'tag', operation: 'create', title: 'Plain' });
		expect(sandbox.received.last()?.body).toEqual({
			title: 'Plain',
			color: '#3498db',
			inherit: false,
		});
	});

	it('refuses a color that is not a hex code', async () => {
		const run = runPicqer(sandbox, {
			resource: 'tag',
			operation: 'create',
			title: 'Red',
			color: 'red',
		});
		await expect(run).rejects.toThrow('"Color" must be a hexadecimal color');
		expect(picqerRequests()).toHaveLength(0);
	});

	it("reports a duplicate title with Picqer's message", async () => {
		const run = runPicqer(sandbox, {
			resource: 'tag',
			operation: 'create',
			title: data().tags.rows[0].title,
		});
		await expect(run).rejects.toMatchObject({
			message: expect.stringContaining('already exists'),
			httpCode: '400',
		});
	});

	it('gets one tag and many tags', async () => {
		const tag = data().tags.rows[1];
		const one = await runPicqer(sandbox, { resource: 'tag', operation: 'get', tagId: tag.idtag });
		expect(one[0].json).toEqual(tag);
		expect(sandbox.received.last()?.path).toBe(`/tags/${tag.idtag}`);

		const many = await runPicqer(sandbox, { resource: 'tag', operation: 'getAll', limit: 3 });
		expect(jsonOf(many).map((t) => t.idtag)).toEqual(
			data()
				.tags.rows.slice(0, 3)
				.map((t) => t.idtag),
		);
	});

	it('deletes a tag', async () => {
		const tag = data().tags.rows[2];
		const out = await runPicqer(sandbox, {
			resource: 'tag',
			operation: 'delete',
			tagId: String(tag.idtag),
		});
		expect(out[0].json).toEqual({ success: true });
		expect(sandbox.received.last()).toMatchObject({
			method: 'DELETE',
			path: `/tags/${tag.idtag}`,
			status: 204,
		});
		expect(data().tags.get(tag.idtag)).toBeUndefined();
	});

	it('refuses a non-numeric tag ID before deleting anything', async () => {
		const run = runPicqer(sandbox, { resource: 'tag', operation: 'delete', tagId: '../hooks' });
		await expect(run).rejects.toThrow('"Tag Name or ID" must be a numeric ID');
		expect(picqerRequests()).toHaveLength(0);
	});
});
