// The recording format: WebM/Opus where the browser records it, else MP4 (Safari, WebKit), else the browser's choice.
import { describe, expect, it } from 'vitest';
import { pickMime } from '../../../../src/screens/mock/recorder';

describe('pickMime', () => {
  it('prefers WebM/Opus (Chromium, Firefox)', () => {
    expect(pickMime(() => true)).toBe('audio/webm;codecs=opus');
  });

  it('takes MP4 where WebM cannot be recorded (Safari, WebKitGTK)', () => {
    expect(pickMime((t) => t === 'audio/mp4')).toBe('audio/mp4');
  });

  it('lets the browser choose when it supports neither', () => {
    expect(pickMime(() => false)).toBe('');
  });
});
