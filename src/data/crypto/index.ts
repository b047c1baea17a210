// The crypto layer: record cipher, encryption middleware and key slots.
export {
  canonicalJson,
  DecryptionError,
  legacyRecordAad,
  openLegacyRecord,
  openRecord,
  recordAad,
  recordAadEncoder,
  sealRecord,
} from './fieldCipher';
export {
  ENCRYPTED_FIELD,
  LEGACY_ENCRYPTED_FIELD,
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
  kdfIterations,
  PRODUCTION_ITERATIONS,
  setTestKdfIterations,
  normalizeRecoveryKey,
  registerFailure,
  registerSuccess,
  retryDelayMs,
  rewrapSlot,
  unlockSlot,
  WrongSecretError,
  type KeySlot,
} from './keySlots';
