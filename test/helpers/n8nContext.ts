import {
	assertBinaryData,
	constructExecutionMetaData,
	getBinaryDataBuffer,
	prepareBinaryData,
	returnJsonArray,
} from 'n8n-core';
import { NodeHelpers } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { authenticate, sendOutbound } from './n8nHttp';

/**
 * Node contexts for tests that send real HTTP through n8n's own outbound request stack
 * (see n8nHttp.ts) after applying the credential's `authenticate` block as n8n does.
 * Everything else is the small subset the nodes use.
 */

export interface LogLine {
	level: string;
	message: string;
}

export interface ContextOptions {
	nodeType: INodeType;
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	/** Parameters as the user set them; a function gives each item its own. */
	parameters: INodeParameters | ((itemIndex: number) => INodeParameters);
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	staticData?: IDataObject;
	webhookUrl?: string;
	/** Every request n8n would send, after authentication: for asserting on headers. */
	sent?: IHttpRequestOptions[];
	logs?: LogLine[];
}

function node(options: ContextOptions, parameters: INodeParameters): INode {
	const description = options.nodeType.description;
	return {
		id: 'test-node',
		name: description.defaults.name ?? description.displayName,
		type: `n8n-nodes-backoffice.${description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
}

/** Parameters with n8n's defaults filled in for whatever is displayed, as the editor does. */
function withDefaults(options: ContextOptions, given: INodeParameters): INodeParameters {
	const description = options.nodeType.description;
	return (
		NodeHelpers.getNodeParameters(
			description.properties,
			given,
			true,
			false,
			{ typeVersion: 1 },
			description,
		) ?? given
	);
}

function readParameter(
	parameters: INodeParameters,
	name: string,
	fallback: unknown,
	extractValue?: boolean,
) {
	let value: unknown = parameters;
	for (const part of name.split('.')) value = (value as IDataObject | undefined)?.[part];
	if (value === undefined) return fallback;
	if (
		extractValue &&
		value &&
		typeof value === 'object' &&
		'value' in (value as IDataObject) &&
		'mode' in (value as IDataObject)
	) {
		return (value as IDataObject).value;
	}
	return value;
}

function base(options: ContextOptions) {
	const logs = options.logs ?? [];
	const log = (level: string) => (message: string) => logs.push({ level, message });
	const given = (index: number) =>
		typeof options.parameters === 'function' ? options.parameters(index) : options.parameters;
	const staticData = options.staticData ?? {};
	const self = {
		getNode: () => node(options, withDefaults(options, given(0))),
		getCredentials: async () => ({ ...options.credentials }),
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: 'wf-test', name: 'Test workflow', active: true }),
		getNodeWebhookUrl: () => options.webhookUrl,
		logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
		getNodeParameter(
			name: string,
			itemIndex = 0,
			fallback?: unknown,
			extra?: { extractValue?: boolean },
		) {
			const parameters = withDefaults(options, given(itemIndex));
			// As n8n-core's extractValue: a parameter the form does not display cannot be extracted.
			if (extra?.extractValue && !name.includes('.')) {
				const { properties } = options.nodeType.description;
				const shown = NodeHelpers.findDisplayedProperty(
					name,
					properties,
					parameters,
					node(options, parameters),
					options.nodeType.description,
				);
				if (!shown) throw new Error(`Could not find property "${name}"`);
			}
			const value = readParameter(parameters, name, fallback, extra?.extractValue);
			if (value === undefined) throw new Error(`Could not get parameter "${name}"`);
			return value;
		},
		helpers: {
			returnJsonArray,
			constructExecutionMetaData,
			// n8n's own helper; with no binary data manager set up it keeps the bytes in the item.
			prepareBinaryData: async (data: Buffer, fileName?: string, mimeType?: string) =>
				await prepareBinaryData(data, 'test-execution', 'wf-test', fileName, mimeType),
			async httpRequestWithAuthentication(
				this: unknown,
				_type: string,
				request: IHttpRequestOptions,
			) {
				const prepared = authenticate(options.credentialType, options.credentials, request);
				options.sent?.push(prepared);
				return await sendOutbound(prepared);
			},
		},
	};
	return self;
}

export function executeContext(options: ContextOptions): IExecuteFunctions {
	const items = options.items ?? [{ json: {} }];
	const ctx = base(options);
	const inputData = { main: [items] };
	return {
		...ctx,
		helpers: {
			...ctx.helpers,
			// n8n's own checks and reads of an input item's binary field.
			assertBinaryData: (itemIndex: number, name: string) =>
				assertBinaryData(inputData, ctx.getNode(), itemIndex, name, 0),
			getBinaryDataBuffer: async (itemIndex: number, name: string) =>
				await getBinaryDataBuffer(inputData, itemIndex, name, 0),
		},
		getInputData: () => items,
		continueOnFail: () => options.continueOnFail ?? false,
	} as unknown as IExecuteFunctions;
}

export function loadOptionsContext(options: ContextOptions): ILoadOptionsFunctions {
	const ctx = base(options);
	return {
		...ctx,
		getCurrentNodeParameter: (name: string) => ctx.getNodeParameter(name, 0, undefined),
	} as unknown as ILoadOptionsFunctions;
}

export function hookContext(options: ContextOptions): IHookFunctions {
	return base(options) as unknown as IHookFunctions;
}

export interface WebhookCall {
	rawBody: Buffer;
	headers: Record<string, string>;
	/** The URL's query parameters, as n8n's getQueryData gives them. */
	query?: IDataObject;
}

export interface WebhookReply {
	status?: number;
	body?: unknown;
}

const STORE = Symbol('store static data');

/**
 * One webhook call as n8n's live webhook path makes it. The call reads its own copy of the
 * trigger's static data, as n8n loads the workflow afresh for every call; whether what it writes
 * there is kept is up to `callWebhook`, so a test that calls `webhook()` itself keeps nothing.
 */
export function webhookContext(
	options: ContextOptions,
	call: WebhookCall,
	reply: WebhookReply,
): IWebhookFunctions {
	const response = {
		status(code: number) {
			reply.status = code;
			return response;
		},
		json(body: unknown) {
			reply.body = body;
			return response;
		},
		send(body: unknown) {
			reply.body = body;
			return response;
		},
		end() {
			return response;
		},
	};
	let parsed: IDataObject = {};
	try {
		parsed = JSON.parse(call.rawBody.toString('utf8')) as IDataObject;
	} catch {
		parsed = {};
	}
	const lowerHeaders = Object.fromEntries(
		Object.entries(call.headers).map(([k, v]) => [k.toLowerCase(), v]),
	);
	const stored = options.staticData ?? {};
	const working = structuredClone(stored);
	return {
		...base(options),
		getWorkflowStaticData: () => working,
		[STORE]: () => {
			for (const key of Object.keys(stored)) delete stored[key];
			Object.assign(stored, structuredClone(working));
		},
		getRequestObject: () => ({ rawBody: call.rawBody, headers: lowerHeaders, body: parsed }),
		getResponseObject: () => response,
		getBodyData: () => parsed,
		getHeaderData: () => lowerHeaders,
		getQueryData: () => call.query ?? {},
	} as unknown as IWebhookFunctions;
}

/**
 * Hands one delivery to a trigger's `webhook()` and keeps its static data exactly as n8n 2.40.7
 * does: saved when the call starts no execution (a refusal, an acknowledgement), lost when it
 * starts one. n8n saves a webhook call's static data after its answer only when the data is
 * marked changed (cli dist/webhooks/live-webhooks.js `executeWebhook` → `saveStaticData`,
 * workflows/workflow-static-data.service.js), and starting the execution first wraps the same
 * data in a new Workflow (workflow-runner.js `establishContextForPersistence`), which resets the
 * mark (n8n-workflow observable-object.js `create`).
 */
export async function callWebhook(
	options: ContextOptions,
	call: WebhookCall,
): Promise<{ result: IWebhookResponseData; reply: WebhookReply }> {
	const reply: WebhookReply = {};
	const ctx = webhookContext(options, call, reply);
	const result = await options.nodeType.webhook!.call(ctx);
	if (result.workflowData === undefined) (ctx as unknown as Record<symbol, () => void>)[STORE]();
	return { result, reply };
}
