// The browser's storage, apart from the database code: asked at every start, before anything is opened.

/** Asks the browser not to evict our data under storage pressure; harmless where unsupported. */
export async function persistStorage(): Promise<void> {
  try {
    await globalThis.navigator?.storage?.persist?.();
  } catch {
    // Not available (Node tests, some browsers): the data is still stored, only evictable.
  }
}
