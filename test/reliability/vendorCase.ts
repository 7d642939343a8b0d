import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestMethods,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';

import type { OperationMap, OperationResolver } from '../../nodes/shared/executor';
import type { VendorProfile } from '../../nodes/shared/types';
import type { Sandbox } from '../../sandbox/server';
import type { WebhookCall } from '../helpers/n8nContext';

/** A list operation whose Return All must give back exactly the seeded records. */
export interface ListCase {
	parameters: INodeParameters;
	/** The sandbox path (without mount) of every page request. */
	path: string;
	/** The same path below the API root, as the node's requests name it. */
	apiPath: string;
	/** Ids of the records the sandbox holds for this list. */
	seeded(sandbox: Sandbox): unknown[];
	idOf(record: IDataObject): unknown;
}

/** A create or update: whether it may be resent depends on its method, or its own marker. */
export interface WriteCase {
	name: string;
	method: IHttpRequestMethods;
	/** The node marks the request idempotent (RequestSpec.idempotent), e.g. a POST that edits by id. */
	idempotent?: boolean;
	/** The sandbox path of the write request. */
	path: string | RegExp;
	/** Parameters that write `marker` into one record. */
	parameters(sandbox: Sandbox, marker: string): INodeParameters;
	/** How many records hold `marker` now. */
	stored(sandbox: Sandbox, marker: string): number;
}

/** Input the node must refuse, naming `field`, before anything is sent. */
export interface BadInput {
	name: string;
	parameters: INodeParameters;
	/** The field's label as the message quotes it. */
	field: string;
}

/** A credential that points somewhere it should not, or lacks a value. */
export interface HostileCredential {
	name: string;
	credentials: ICredentialDataDecryptedObject;
	field: string;
}

/** A text value the node must send unchanged (unicode, very long). */
export interface PassThrough {
	name: string;
	value: string;
	parameters(sandbox: Sandbox, value: string): INodeParameters;
	/** The sandbox path of the request that carries the value. */
	path: string | RegExp;
	/** Where the value sits in the body the sandbox received. */
	received(body: unknown): unknown;
}

/** A webhook trigger whose deliveries are signed. */
export interface WebhookCase {
	name: string;
	trigger: INodeType;
	parameters: INodeParameters;
	signatureHeader: string;
	/** Makes the vendor send one signed delivery to `address`, after registration. */
	deliver(sandbox: Sandbox, receiverCalls: WebhookCall[]): Promise<WebhookCall>;
	/** Every hook secret the trigger keeps, the delivered hook's first. */
	secrets(staticData: IDataObject): string[];
	sign(body: Buffer, secret: string): string;
}

/** How the vendor limits requests, for the load test. */
export interface LoadCase {
	/** Sets the sandbox's limit for the account and returns the per-window limit in force. */
	limitSandbox(sandbox: Sandbox): void;
	/** The sandbox's time scale for the test (windows shrink by it). */
	timeScale: number;
}

/** Everything the reliability suite needs to know about one vendor: one entry per vendor. */
export interface VendorCase {
	/** The sandbox's name for the vendor (request log, faults). */
	name: string;
	displayName: string;
	/** The status by which the vendor says "slow down". */
	limitStatus: number;
	nodeType: INodeType;
	credentialType: ICredentialType;
	profile: VendorProfile;
	/**
	 * The node's resource → operation map (or, for a node whose operations come from a spec,
	 * its resolver), to run it on a profile with test timings.
	 */
	operations: OperationMap | OperationResolver;
	/**
	 * Run the node's operations on `profile` always, not the node class on its own profile: for
	 * vendors whose real windows (a second between requests, a minute between repeats) would
	 * make the suite take minutes.
	 */
	onProfile?: boolean;
	credentials(sandbox: Sandbox): ICredentialDataDecryptedObject;
	/** Credential values that must never show: keys, tokens, secrets. */
	secrets(credentials: ICredentialDataDecryptedObject): string[];
	/** The vendor's JSON error body carrying `message`, as its API writes it. */
	errorBody(message: string): unknown;
	list: ListCase;
	writes: WriteCase[];
	badInputs: BadInput[];
	hostileCredentials: HostileCredential[];
	passThrough: PassThrough[];
	webhook?: WebhookCase;
	load: LoadCase;
}
