export {
  type CallRooms,
  callRoomTimeouts,
  createCallRooms,
  isRoomNotFound,
  toServerApiUrl,
} from './call-rooms';
export { type CallRole, callIdentityOf, mintCallToken, mintMonitorToken } from './call-token';
export type { LivekitCredentials } from './credentials';
export { type CallWebhookEvent, createCallWebhookVerifier, type VerifyCallWebhook } from './webhooks';
