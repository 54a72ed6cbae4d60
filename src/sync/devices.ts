// The sync space's devices as Settings manages them: turn sync on (a new space and its pairing code), pair this
// device with a code, list and remove devices, and make a new pairing code. The credential stays inside src/.
import { db } from '../db/instance';
import { storedCredential } from '../db/sync-credential';
import { createSpace, listDevices, pairDevice, revokeDevice, rotateCode, type Credential, type DeviceInfo } from './api';
import { turnOn } from './auto';

export type { DeviceInfo };

/** A plain name for this device, as the other devices list it. */
export function deviceName(userAgent: string = navigator.userAgent): string {
  const ua = userAgent;
  return /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iPhone or iPad'
      : /Mac/.test(ua)
        ? 'Mac'
        : /Windows/.test(ua)
          ? 'Windows'
          : 'This device';
}

const credential = () => storedCredential<Credential>(db);

/** Starts a new sync space with this device in it and turns sync on; returns the pairing code for the next device. */
export async function startSpace(): Promise<string> {
  const r = await createSpace('', deviceName());
  await turnOn(r.credential);
  return r.pairingCode;
}

/** Joins the space another device's pairing code names, and turns sync on. */
export async function pairThisDevice(code: string): Promise<void> {
  await turnOn(await pairDevice('', code, deviceName()));
}

/** The space's devices (none when sync is off or the server cannot be reached). */
export async function spaceDevices(): Promise<DeviceInfo[]> {
  const c = await credential();
  return c ? listDevices(c).catch(() => []) : [];
}

/** A new pairing code for the space (the old one stops working), or null when sync is off. */
export async function newPairingCode(): Promise<string | null> {
  const c = await credential();
  return c ? rotateCode(c) : null;
}

/** Removes another device from the space. */
export async function removeDevice(id: string): Promise<void> {
  const c = await credential();
  if (c) await revokeDevice(c, id);
}
