// The sync server's HTTP API as small typed calls; failures become errors in plain words.

/** What a device keeps to talk to its sync space. */
export interface Credential {
  /** The server's origin, '' for the one that served the app. */
  server: string;
  token: string;
  spaceId: string;
  deviceId: string;
}

/** A failed call: `offline` when the server could not be reached at all (normal, not an error). */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly offline = false,
    /** The id of the one pushed row the server refused, when that was the reason. */
    readonly refused?: string,
  ) {
    super(message);
  }
}

/** How long one call may take before the network counts as gone (a push of 500 rows is well under 1 MB). */
export const CALL_TIMEOUT_MS = 20_000;

const offline = () => new SyncError('Offline: the sync server cannot be reached right now.', 0, true);

/** Calls the API; throws SyncError with the server's own message on a 4xx/5xx. */
export async function api<T>(server: string, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<T> {
  // A device that knows it is offline sends nothing; one on a signal too weak to answer (a request that
  // neither succeeds nor fails) gives up after the timeout below. Either way sync says "offline", not an
  // error, and runs again when the device comes back online.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw offline();
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`${server}/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch {
    throw offline();
  }
  const data = (await res.json().catch(() => ({}))) as T & { error?: string; refused?: string };
  if (!res.ok) {
    const fallback = res.status === 429 ? 'Too many attempts; wait a minute and try again.' : `The sync server answered ${res.status}.`;
    throw new SyncError(data.error ?? fallback, res.status, false, typeof data.refused === 'string' ? data.refused : undefined);
  }
  return data;
}

/** Creates a sync space with this device in it; returns the credential and the pairing code to show. */
export async function createSpace(server: string, deviceName: string): Promise<{ credential: Credential; pairingCode: string }> {
  const r = await api<{ spaceId: string; deviceId: string; token: string; pairingCode: string }>(server, 'POST', '/spaces', {
    body: { deviceName },
  });
  return { credential: { server, token: r.token, spaceId: r.spaceId, deviceId: r.deviceId }, pairingCode: r.pairingCode };
}

/** Joins a sync space with a pairing code from another device. */
export async function pairDevice(server: string, code: string, deviceName: string): Promise<Credential> {
  const r = await api<{ spaceId: string; deviceId: string; token: string }>(server, 'POST', '/pair', { body: { code, deviceName } });
  return { server, token: r.token, spaceId: r.spaceId, deviceId: r.deviceId };
}

/** One device of the space, as the server lists it. */
export interface DeviceInfo {
  id: string;
  name: string;
  createdAt: string;
  lastSeen: string | null;
  current: boolean;
}

/** The space's devices. */
export async function listDevices(c: Credential): Promise<DeviceInfo[]> {
  return (await api<{ devices: DeviceInfo[] }>(c.server, 'GET', '/devices', { token: c.token })).devices;
}

/** Removes a device from the space (its credential stops working). */
export async function revokeDevice(c: Credential, id: string): Promise<void> {
  await api(c.server, 'DELETE', `/devices/${id}`, { token: c.token });
}

/** A new pairing code; the old one stops working (paired devices stay paired). */
export async function rotateCode(c: Credential): Promise<string> {
  return (await api<{ pairingCode: string }>(c.server, 'POST', '/space/rotate', { token: c.token })).pairingCode;
}
