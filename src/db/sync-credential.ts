// Whether sync is on: the device's credential in meta. Apart from the sync client so the first load (which
// starts sync only when it is on) and every deletion (which retracts only when it is on) can ask cheaply.
import type { RehearseDb } from './schema';

/** The meta key whose value is this device's sync credential; its presence means sync is on. */
export const CREDENTIAL_KEY = 'sync:credential';

/** Whether sync is on on this device. */
export async function syncIsOn(db: RehearseDb): Promise<boolean> {
  return Boolean((await db.meta.get(CREDENTIAL_KEY))?.value);
}

/** This device's sync credential, or undefined when sync is off. */
export async function storedCredential<T>(db: RehearseDb): Promise<T | undefined> {
  return (await db.meta.get(CREDENTIAL_KEY))?.value as T | undefined;
}
