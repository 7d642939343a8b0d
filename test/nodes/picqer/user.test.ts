import type { Sandbox } from '../../../sandbox/server';
import { useSandbox } from '../../helpers/useSandbox';
import { jsonOf, runPicqer } from '../../helpers/picqer';

let sandbox: Sandbox;
useSandbox((started) => (sandbox = started));

const data = () => sandbox.picqer.data();
const picqerRequests = () => sandbox.received.filter({ vendor: 'picqer' });

describe('Picqer user', () => {
	it('gets the user of the API key from /users/me', async () => {
		const out = await runPicqer(sandbox, { resource: 'user', operation: 'getCurrent' });
		expect(out).toHaveLength(1);
		expect(out[0].json).toEqual(data().users.rows[0]);
		expect(sandbox.received.last()).toMatchObject({ method: 'GET', path: '/users/me' });
	});

	it('gets a user by ID', async () => {
		const user = data().users.rows[2];
		const out = await runPicqer(sandbox, {
			resource: 'user',
			operation: 'get',
			userId: String(user.iduser),
		});
		expect(out[0].json.username).toBe(user.username);
		expect(sandbox.received.last()?.path).toBe(`/users/${user.iduser}`);
	});

	it('lists all users, or only the active ones', async () => {
		const all = await runPicqer(sandbox, {
			resource: 'user',
			operation: 'getAll',
			returnAll: true,
		});
		expect(all).toHaveLength(data().users.size);
		expect(sandbox.received.last()?.query).toEqual({ offset: '0' });

		const active = await runPicqer(sandbox, {
			resource: 'user',
			operation: 'getAll',
			returnAll: true,
			filters: { active: true },
		});
		expect(sandbox.received.last()?.query).toEqual({ active: 'true', offset: '0' });
		expect(active).toHaveLength(data().users.rows.filter((u) => u.active).length);
		expect(active.length).toBeLessThan(all.length);
		expect(jsonOf(active).every((u) => u.active === true)).toBe(true);
	});

	it('refuses an empty user ID before sending anything', async () => {
		const run = runPicqer(sandbox, { resource: 'user', operation: 'get', userId: '' });
		await expect(run).rejects.toThrow('"User Name or ID" is empty or not a valid ID');
		expect(picqerRequests()).toHaveLength(0);
	});
});
