// Plays one stored recording: an <audio> element over an object URL made from the stored ArrayBuffer.
import { useEffect, useState } from 'preact/hooks';
import type { RecordingRow } from '../../db/schema';

// Chromium's MediaRecorder writes WebM without a duration, so the player shows Infinity (crbug.com/642012):
// seeking far past the end makes the browser scan the file and learn the real duration, then rewind.
function findDuration(audio: HTMLAudioElement): void {
  if (audio.duration !== Infinity) return;
  audio.addEventListener('durationchange', function rewind() {
    if (audio.duration === Infinity) return;
    audio.removeEventListener('durationchange', rewind);
    audio.currentTime = 0;
  });
  audio.currentTime = 1e101;
}

/** An audio player for a recording, labelled for screen readers. */
export function RecordingPlayer({ recording, label }: { recording: RecordingRow; label: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([recording.data], { type: recording.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [recording]);
  if (!url) return null;
  return (
    <audio
      class="mock-audio"
      controls
      preload="metadata"
      src={url}
      aria-label={label}
      onLoadedMetadata={(e) => findDuration(e.currentTarget)}
    />
  );
}
