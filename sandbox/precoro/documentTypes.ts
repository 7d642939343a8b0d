/**
 * The document lists of the API, addressed by IDN (Precoro's OpenAPI export in
 * yliashenko-sdet/precoro-taf-wiki `01-context/archive/precoro-openapi-2026-09-22.json`, "INT"
 * below: `/api/purchaseorders/{idn}` etc.; the public path drops `/api`).
 */
export const DOC_TYPES = [
	'purchaseorders',
	'invoices',
	'payments',
	'receipts',
	'purchaserequisitions',
	'warehouserequests',
	'expenses',
] as const;

export type DocType = (typeof DOC_TYPES)[number];

/** The six types with approve/reject/revision/cancel/confirm under `/{type}/{idn}/…` (INT). */
export const APPROVAL_TYPES: readonly DocType[] = [
	'purchaseorders',
	'invoices',
	'receipts',
	'purchaserequisitions',
	'warehouserequests',
	'expenses',
];

/**
 * Webhook `type` codes (help.precoro.com "How to set up and use webhooks": 0 warehouse request,
 * 1 requisition, 2 order, 3 invoice, 5 receipt, 6 expense, 7 supplier). Payments have none.
 */
export const WEBHOOK_TYPES: Partial<Record<DocType, number>> = {
	warehouserequests: 0,
	purchaserequisitions: 1,
	purchaseorders: 2,
	invoices: 3,
	receipts: 5,
	expenses: 6,
};
export const SUPPLIER_WEBHOOK_TYPE = 7;

/** Statuses the approval flow moves between (invoice codes of hotgluexyz/tap-precoro). */
export const STATUS = {
	open: 0,
	pending: 1,
	approved: 2,
	rejected: 3,
	onRevision: 7,
	canceled: 8,
} as const;

/** The parameters INT's document lists and its payment list share, with `page` and `per_page`. */
const LIST_BASE = [
	'page',
	'per_page',
	'idn',
	'id',
	'waitingForApprove',
	'allWaitingForApprove',
	'location[]',
	'creator[]',
	'createDate[left_date]',
	'createDate[right_date]',
	'requiredDate[left_date]',
	'requiredDate[right_date]',
	'approvalDate[left_date]',
	'approvalDate[right_date]',
	'oneByIdn',
	'filter',
];

/** List parameters every document list of INT takes, plus `page` and `per_page` (Postman intro). */
const COMMON_LIST = [
	...LIST_BASE,
	'currency[]',
	'sum[left_number]',
	'sum[right_number]',
	'status[]',
	'supplier[]',
	'legalEntity[]',
	'sort',
	'modifiedSince',
	'approvalLeftDate',
	'approvalRightDate',
	'external_id[]',
	'has_external_id',
];

/** `GET /api/purchaseorders` parameters in INT, beyond the common ones. */
const PURCHASE_ORDER_LIST = [
	'servicePeriodStartDate[left_date]',
	'servicePeriodStartDate[right_date]',
	'invoicedButNotReceived',
	'withoutPendingReceipts',
	'invoicePendingReceipt',
	'waitingInvoiceApprove',
	'waitingForInvoiceCreation',
	'logicType[]',
	'reportTypeOpenPos',
	'orderRequests',
	'statusReceiving[]',
	'statusPayment[]',
	'attachedFile',
	'approvalSteps[]',
	'isOverdueApproval',
	'overdueDocumentsByApprover',
	'enableMarketSupplier',
	'lastEditor[]',
	'paymentTerms[]',
	'statusSending[]',
	'sendToSupplier[]',
	'has_budget',
	'budget[]',
	'documentCustomFieldPOs[]',
	'poDateDocumentCustomFields[]',
	'poTextDocumentCustomFields[]',
	'contract[]',
	'sent_to_netsuite',
	'sent_to_qbo',
	'sent_to_xero',
	'sent_to_external',
	'netsuite_integrated_supplier',
	'qbo_integrated_supplier',
	'xero_integrated_supplier',
	'integrationStatus[]',
	'external_integrated_supplier',
	'poDateItemCustomFields[]',
	'poTextItemCustomFields[]',
	'itemCustomFieldsPO[]',
];

/** `GET /api/invoices` parameters in INT, beyond the common ones. */
const INVOICE_LIST = [
	'sumPaid[left_number]',
	'sumPaid[right_number]',
	'sumToPay[left_number]',
	'sumToPay[right_number]',
	'updateDate[left_date]',
	'updateDate[right_date]',
	'paymentDate[left_date]',
	'paymentDate[right_date]',
	'paymentTerms[]',
	'issueDate[left_date]',
	'issueDate[right_date]',
	'poRequiredDate[left_date]',
	'poRequiredDate[right_date]',
	'purchaseOrder',
	'attachedFile',
	'logicType[]',
	'allocatedInvoiceIdn',
	'orderRequestsCustomName',
	'waitingForCreditNoteCreation',
	'approvalSteps[]',
	'isOverdueApproval',
	'overdueDocumentsByApprover',
	'has_budget',
	'budget[]',
	'documentCustomFieldPOs[]',
	'documentCustomFieldInvoices[]',
	'poDateDocumentCustomFields[]',
	'invoiceDateDocumentCustomFields[]',
	'poTextDocumentCustomFields[]',
	'invoiceTextDocumentCustomFields[]',
	'has_ocr_attachment',
	'has_recognized_document',
	'notFullyPrepaid[]',
	'sent_to_netsuite',
	'sent_to_netsuite_credit_note',
	'sent_to_qbo',
	'sent_to_qbo_credit_note',
	'sent_to_xero_credit_note',
	'sent_to_xero',
	'sent_to_external',
	'netsuite_integrated_supplier',
	'qbo_integrated_supplier',
	'xero_integrated_supplier',
	'external_integrated_supplier',
	'sent_to_bill',
	'bill_integrated_supplier',
	'integrationStatus[]',
	'enableMarketSupplier',
	'lastEditor[]',
	'contract[]',
	'withoutMatching[]',
	'invoiceTextItemCustomFields[]',
	'invoiceDateItemCustomFields[]',
	'itemCustomFieldsInvoice[]',
];

/**
 * `GET /api/payments` (get_api_get_invoice_payments) parameters in INT, all of them: unlike the
 * other lists it has no `modifiedSince`, `external_id[]`, `sort` or approval time bounds.
 * `page` and `per_page` come from the Postman collection's introduction, as for every list.
 */
const PAYMENT_LIST = [
	...LIST_BASE,
	'sumPaid[left_number]',
	'sumPaid[right_number]',
	'searchQuery',
	'legalEntity[]',
	'budget[]',
	'invoice',
	'invoiceNumber',
	'payDate[left_date]',
	'payDate[right_date]',
	'invoiceCreateDate[left_date]',
	'invoiceCreateDate[right_date]',
	'issueDate[left_date]',
	'issueDate[right_date]',
	'invoicePaymentDate[left_date]',
	'invoicePaymentDate[right_date]',
	'poCreateDate[left_date]',
	'poCreateDate[right_date]',
	'status[]',
	'logicType[]',
	'invoiceLogicType[]',
	'poLogicType[]',
	'supplier[]',
	'locations[]',
	'currency',
	'has_external_id',
	'poStatus[]',
	'invoiceStatus[]',
	'statusPayment[]',
	'documentCustomFieldInvoices[]',
	'invoiceDateDocumentCustomFields[]',
	'invoiceTextDocumentCustomFields[]',
	'documentCustomFieldPOs[]',
	'poDateDocumentCustomFields[]',
	'poTextDocumentCustomFields[]',
];

/**
 * Parameters each list accepts. The other lists' full parameter sets were not read from INT;
 * they take the parameters every document list of INT shares (no vendor source for more).
 */
export const LIST_PARAMS: Record<DocType, ReadonlySet<string>> = {
	purchaseorders: new Set([...COMMON_LIST, ...PURCHASE_ORDER_LIST]),
	invoices: new Set([...COMMON_LIST, ...INVOICE_LIST]),
	payments: new Set(PAYMENT_LIST),
	receipts: new Set(COMMON_LIST),
	purchaserequisitions: new Set(COMMON_LIST),
	warehouserequests: new Set(COMMON_LIST),
	expenses: new Set(COMMON_LIST),
};

/** Properties of INT's `SubmitPurchaseOrderDto`, the body of POST and PATCH /purchaseorders. */
export const SUBMIT_PURCHASE_ORDER_FIELDS: ReadonlySet<string> = new Set([
	'requiredDate',
	'logicType',
	'autoCreateType',
	'creator',
	'location',
	'legalEntity',
	'budget',
	'budgetLine',
	'budgetParts',
	'documentSplits',
	'hasDocumentSplits',
	'splitMode',
	'usedTaxPercentInBudget',
	'supplier',
	'contracts',
	'paymentTerm',
	'termsAndConditions',
	'blanketDetails',
	'currency',
	'taxes',
	'discounts',
	'entityTemplate',
	'dataDocumentCustomFields',
	'note',
	'exchangeRate',
	'items',
	'isNewSupplierAdded',
	'sendToSupplier',
	'punchoutSupplier',
	'selectedItemsPR',
	'externalId',
	'externalIntegrationLog',
	'isExternalApiRequest',
	'savingsSum',
	'isSavingsManuallyUpdated',
]);

/** Properties of INT's `PurchaseOrderItemModel`, one line of a purchase order. */
export const PURCHASE_ORDER_ITEM_FIELDS: ReadonlySet<string> = new Set([
	'supplier',
	'budget',
	'discounts',
	'type',
	'rejected',
	'baselinePrice',
	'canBeReceived',
	'itemSplits',
	'unspscCode',
	'isServiceItem',
	'taxes',
	'item',
	'ordered',
	'price',
	'supplierPartNumber',
	'manufacturerPartNumber',
	'manufacturerName',
	'sku',
	'name',
	'freeOfCharge',
	'unit',
	'description',
	'currency',
	'link',
	'dataItemCustomFields',
]);

/*
 * The bodies of the other creates, each a DTO of INT's components/schemas with the properties
 * listed there. INT lists every non-nullable property as required; the simulator requires only
 * what a document cannot be made without (the Create rules in routes/creates.ts), as no source
 * says which of them the server enforces.
 */

/** INT's `SubmitInvoiceDto`: POST /invoices and POST /invoice/credit_note. */
export const SUBMIT_INVOICE_FIELDS: ReadonlySet<string> = new Set([
	'requiredDate',
	'issueDate',
	'invoiceNumber',
	'deliveryNote',
	'logicType',
	'purchaseOrder',
	'location',
	'legalEntity',
	'supplier',
	'paymentTerm',
	'contracts',
	'currency',
	'exchangeRate',
	'note',
	'budget',
	'budgetLine',
	'budgetParts',
	'discounts',
	'taxes',
	'documentSplits',
	'hasDocumentSplits',
	'splitMode',
	'dataDocumentCustomFields',
	'creator',
	'entityTemplate',
	'isNewSupplierAdded',
	'checkedItems',
	'items',
	'externalId',
	'externalIntegrationLog',
	'isExternalApiRequest',
]);

/** INT's `InvoiceItemDto`, one line of an invoice or credit note. */
export const INVOICE_ITEM_FIELDS: ReadonlySet<string> = new Set([
	'sku',
	'name',
	'link',
	'unit',
	'currency',
	'ordered',
	'price',
	'description',
	'freeOfCharge',
	'type',
	'dataItemCustomFields',
	'budget',
	'item',
	'purchaseOrderItem',
	'purchaseOrder',
	'allocatedInvoiceItem',
	'taxes',
	'discounts',
	'itemSplits',
	'unspscCode',
	'supplierPartNumber',
	'manufacturerPartNumber',
	'manufacturerName',
]);

/** INT's `SubmitPurchaseRequisitionDto`: POST /purchaserequisitions (no currency of its own). */
export const SUBMIT_PURCHASE_REQUISITION_FIELDS: ReadonlySet<string> = new Set([
	'requiredDate',
	'creator',
	'location',
	'autoCreateType',
	'legalEntity',
	'budget',
	'supplier',
	'entityTemplate',
	'dataDocumentCustomFields',
	'note',
	'exchangeRate',
	'items',
	'attachments',
	'selectedItems',
	'punchoutSupplier',
	'isNewSupplierAdded',
]);

/** INT's `PurchaseRequisitionItemDto`, one line of a requisition (with its currency). */
export const PURCHASE_REQUISITION_ITEM_FIELDS: ReadonlySet<string> = new Set([
	'sku',
	'name',
	'link',
	'unit',
	'currency',
	'ordered',
	'description',
	'supplier',
	'type',
	'price',
	'freeOfCharge',
	'dataItemCustomFields',
	'budget',
	'item',
	'unspscCode',
	'supplierPartNumber',
	'manufacturerPartNumber',
	'manufacturerName',
]);

/** INT's `WarehouseRequestDto`: POST /warehouserequests, without lines. */
export const WAREHOUSE_REQUEST_FIELDS: ReadonlySet<string> = new Set([
	'requiredDate',
	'location',
	'legalEntity',
	'warehouse',
	'note',
	'dataDocumentCustomFields',
]);

/** INT's `WarehouseRequestItemDto`: POST /warehouserequests/{idn}/items, one line. */
export const WAREHOUSE_REQUEST_ITEM_FIELDS: ReadonlySet<string> = new Set([
	'sku',
	'name',
	'link',
	'unit',
	'currency',
	'ordered',
	'description',
	'supplier',
	'price',
	'freeOfCharge',
	'dataItemCustomFields',
	'item',
]);

/** INT's `SubmitExpenseDto`: POST /expenses (no supplier, no externalId). */
export const SUBMIT_EXPENSE_FIELDS: ReadonlySet<string> = new Set([
	'location',
	'currency',
	'taxes',
	'entityTemplate',
	'items',
	'isExternalApiRequest',
	'expenseNumber',
	'note',
	'exchangeRate',
	'requiredDate',
	'issueDate',
	'dataDocumentCustomFields',
	'creator',
	'budget',
	'legalEntity',
]);

/** INT's `ExpenseItemDto`, one line of an expense. */
export const EXPENSE_ITEM_FIELDS: ReadonlySet<string> = new Set([
	'name',
	'sku',
	'description',
	'link',
	'unit',
	'type',
	'currency',
	'ordered',
	'price',
	'freeOfCharge',
	'dataItemCustomFields',
	'budget',
	'taxes',
	'item',
]);

/** INT's `SubmitPaymentDto`: POST /payments. */
export const SUBMIT_PAYMENT_FIELDS: ReadonlySet<string> = new Set([
	'invoice',
	'purchaseOrder',
	'sumPaid',
	'logicType',
	'payDate',
	'externalId',
]);

/** INT's `SubmitReceiptDto`: POST /receipts/{idn}/receive_all. */
export const SUBMIT_RECEIPT_FIELDS: ReadonlySet<string> = new Set([
	'receiptNumber',
	'note',
	'warehouse',
	'requiredDate',
	'autoCreateType',
	'externalId',
	'externalIntegrationLog',
	'dataDocumentCustomFields',
	'selectedItems',
]);

/** Invoice and expense statuses a payment moves them to (hotgluexyz/tap-precoro's codes). */
export const PAID = { partly: 4, fully: 5 } as const;

/**
 * What PATCH takes on invoices and requisitions: the fields every document DTO seen in INT
 * shares (`externalId` also help.precoro.com "Mastering external integrations").
 */
export const COMMON_PATCH_FIELDS: ReadonlySet<string> = new Set([
	'externalId',
	'note',
	'requiredDate',
	'dataDocumentCustomFields',
]);

/** INT's `PatchPaymentExternalIdDto` (patch_api_patch_invoice_payment): `externalId` only. */
export const PATCH_PAYMENT_FIELDS: ReadonlySet<string> = new Set(['externalId']);

/** INT's `PatchReceiptDto` (PATCH /api/receipts/{idn}). */
export const PATCH_RECEIPT_FIELDS: ReadonlySet<string> = new Set([
	'receiptNumber',
	'note',
	'externalId',
	'externalIntegrationLog',
	'warehouse',
	'dataDocumentCustomFields',
	'creator',
	'requiredDate',
]);

/** INT's `PatchWarehouseRequestDto` (PATCH /api/warehouserequests/{idn}): no externalId. */
export const PATCH_WAREHOUSE_REQUEST_FIELDS: ReadonlySet<string> = new Set([
	'requiredDate',
	'location',
	'creator',
	'legalEntity',
	'warehouse',
	'note',
	'dataDocumentCustomFields',
]);

/** INT's `PatchExpenseDto` (patch_api_patch_expense): no externalId either. */
export const PATCH_EXPENSE_FIELDS: ReadonlySet<string> = new Set([
	'expenseNumber',
	'note',
	'currency',
	'exchangeRate',
	'requiredDate',
	'issueDate',
	'dataDocumentCustomFields',
	'location',
	'creator',
	'budget',
	'legalEntity',
]);

/** The body PATCH `/{type}/{idn}` takes, per type (INT's request body of each PATCH). */
export const PATCH_FIELDS: Record<DocType, ReadonlySet<string>> = {
	purchaseorders: SUBMIT_PURCHASE_ORDER_FIELDS,
	invoices: COMMON_PATCH_FIELDS,
	payments: PATCH_PAYMENT_FIELDS,
	receipts: PATCH_RECEIPT_FIELDS,
	purchaserequisitions: COMMON_PATCH_FIELDS,
	warehouserequests: PATCH_WAREHOUSE_REQUEST_FIELDS,
	expenses: PATCH_EXPENSE_FIELDS,
};

/**
 * What a PATCH must hold. INT marks every property of these DTOs required, which for a partial
 * update means little; a payment's only property is the exception, since a PATCH without it
 * changes nothing (no vendor source says the server refuses it).
 */
export const PATCH_REQUIRED: Partial<Record<DocType, readonly string[]>> = {
	payments: ['externalId'],
};

/** `GET /{type}/{idn}/related/{what}` in INT, and the type each answers with. */
export const RELATED: Partial<Record<DocType, Record<string, DocType>>> = {
	purchaseorders: {
		receipts: 'receipts',
		invoices: 'invoices',
		credit_notes: 'invoices',
		purchase_requisitions: 'purchaserequisitions',
	},
	invoices: { purchase_order: 'purchaseorders', credit_notes: 'invoices', receipts: 'receipts' },
	receipts: { purchase_order: 'purchaseorders', invoices: 'invoices' },
	purchaserequisitions: { purchase_orders: 'purchaseorders' },
};

/** Invoice `logicType` values that mark credit notes (hotgluexyz/tap-precoro: logicType[]=1,5). */
export const CREDIT_NOTE_LOGIC_TYPES = [1, 5];
