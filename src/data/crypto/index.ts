// The crypto layer: record cipher, encryption middleware and key slots.
export { DecryptionError, openRecord, recordAad, sealRecord } from './fieldCipher';
export {
  ENCRYPTED_FIELD,
  encryptionMiddleware,
  LockedError,
  type EncryptionOptions,
  type KeyHolder,
} from './middleware';
export {
  createDataKey,
  createSlot,
  generateOneTimeCode,
  generateRecoveryKey,
  MIN_ITERATIONS,
  normalizeRecoveryKey,
  registerFailure,
  registerSuccess,
  retryDelayMs,
  rewrapSlot,
  unlockSlot,
  WrongSecretError,
  type KeySlot,
} from './keySlots';
