export { apiKeyVerifyRoute, grantsRoute, memberLookupRoute } from '@steward/kernel';
