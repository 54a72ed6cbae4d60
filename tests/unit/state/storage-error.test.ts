// The storage failure sentences a user reads in the banner: each kind of failure gets its own advice.
import { describe, expect, it } from 'vitest';
import { describeStorageError, reportStorageError, storageError } from '../../../src/state/storage-error';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('describeStorageError', () => {
  it('a full disk, by name, by the name Dexie wraps, or by message, says to free space', () => {
    const advice = 'your device is out of storage space; free some space and try again';
    expect(describeStorageError(named('QuotaExceededError'))).toBe(advice);
    expect(describeStorageError(Object.assign(named('AbortError'), { inner: { name: 'QuotaExceededError' } }))).toBe(advice);
    expect(describeStorageError(new Error('Quota exceeded for origin'))).toBe(advice);
  });

  it('a newer schema says to reload; no IndexedDB names private browsing', () => {
    expect(describeStorageError(named('VersionError'))).toBe('your progress was saved by a newer version of Rehearse; reload to get it');
    expect(describeStorageError(Object.assign(named('OpenFailedError'), { inner: { name: 'VersionError' } }))).toContain('newer version');
    expect(describeStorageError(named('MissingAPIError'))).toContain('private browsing');
    expect(describeStorageError(new Error('indexedDB API missing'))).toContain('private browsing');
  });

  it('anything else keeps its own message, and a thrown non-error still reads', () => {
    expect(describeStorageError(new Error('disk on fire'))).toBe('storage failed: disk on fire');
    expect(describeStorageError('weird')).toBe('storage failed: weird');
    expect(describeStorageError(null)).toBe('storage failed: null');
  });

  it('reportStorageError puts the sentence in the app-wide banner', () => {
    reportStorageError(named('QuotaExceededError'));
    expect(storageError.get()).toBe(
      'Rehearse cannot open its storage: your device is out of storage space; free some space and try again.',
    );
    storageError.set(null);
  });
});
