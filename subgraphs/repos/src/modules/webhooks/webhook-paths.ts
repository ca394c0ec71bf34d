/** Where providers deliver: `POST /webhooks/<provider>/<repository id>` on the repos service (and, forwarded, on the gateway's origin). */
export const WEBHOOK_PATH_PREFIX = '/webhooks';
