/**
 * Words the generated paths are made of. Resources and sub-resources are disjoint, so the
 * parameter names of one path (`{orderId}`, `{itemId}`) never repeat.
 */
export interface Noun {
  readonly plural: string;
  readonly singular: string;
}

const noun = (plural: string, singular: string): Noun => ({ plural, singular });

export const RESOURCES: readonly Noun[] = [
  noun('orders', 'order'), noun('customers', 'customer'), noun('invoices', 'invoice'), noun('payments', 'payment'),
  noun('shipments', 'shipment'), noun('products', 'product'), noun('carts', 'cart'), noun('users', 'user'),
  noun('accounts', 'account'), noun('sessions', 'session'), noun('reviews', 'review'), noun('coupons', 'coupon'),
  noun('refunds', 'refund'), noun('returns', 'return'), noun('warehouses', 'warehouse'), noun('suppliers', 'supplier'),
  noun('categories', 'category'), noun('notifications', 'notification'), noun('messages', 'message'), noun('subscriptions', 'subscription'),
  noun('plans', 'plan'), noun('prices', 'price'), noun('reports', 'report'), noun('exports', 'export'),
  noun('imports', 'import'), noun('webhooks', 'webhook'), noun('audits', 'audit'), noun('teams', 'team'),
  noun('projects', 'project'), noun('tasks', 'task'), noun('documents', 'document'), noun('images', 'image'),
  noun('contracts', 'contract'), noun('quotes', 'quote'), noun('tickets', 'ticket'), noun('devices', 'device'),
  noun('stores', 'store'), noun('campaigns', 'campaign'), noun('vendors', 'vendor'), noun('bookings', 'booking'),
];

export const SUB_RESOURCES: readonly Noun[] = [
  noun('items', 'item'), noun('notes', 'note'), noun('events', 'event'), noun('attachments', 'attachment'),
  noun('comments', 'comment'), noun('lines', 'line'), noun('members', 'member'), noun('addresses', 'address'),
  noun('versions', 'version'), noun('labels', 'label'), noun('approvals', 'approval'), noun('transitions', 'transition'),
];

/** First path segment per host kind: the kinds never share one, so a wildcard or any-host route cannot cover another kind's path. */
export const NAMESPACES = {
  exact: ['v1', 'v2', 'v3'],
  wildcard: ['partner', 'tenant', 'embed'],
  any: ['internal', 'public', 'ops'],
} as const;

export type HostKind = keyof typeof NAMESPACES;
