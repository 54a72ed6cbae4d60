// Records answers with MediaRecorder, on the device only: Opus in WebM where supported, else MP4 (iOS Safari before 18.4).

/** One finished recording. */
export interface Recorded {
  data: ArrayBuffer;
  mime: string;
  durationMs: number;
}

const PREFERRED = ['audio/webm;codecs=opus', 'audio/mp4'];

/** The first preferred MIME type the browser can record, or '' to let it choose. */
export function pickMime(supported: (type: string) => boolean): string {
  return PREFERRED.find((t) => supported(t)) ?? '';
}

/** Opens the microphone; rejects with a plain sentence when it is blocked or missing. */
export async function openMicrophone(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') throw new Error('this browser cannot record audio');
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    const name = (error as DOMException).name;
    if (name === 'NotAllowedError' || name === 'SecurityError') throw new Error('the microphone is blocked for this app', { cause: error });
    if (name === 'NotFoundError' || name === 'OverconstrainedError') throw new Error('no microphone was found', { cause: error });
    throw new Error(`the microphone could not be opened (${name || 'unknown error'})`, { cause: error });
  }
}

/** Records one answer at a time from an open microphone stream. */
export class AnswerRecorder {
  private recorder: MediaRecorder | null = null;
  private chunks: Blob[] = [];
  private startedAt = 0;

  constructor(private readonly stream: MediaStream) {}

  /** Starts recording an answer (stopping nothing: call stop first). */
  start(): void {
    const mime = pickMime((t) => MediaRecorder.isTypeSupported(t));
    this.chunks = [];
    this.recorder = new MediaRecorder(this.stream, mime ? { mimeType: mime } : undefined);
    this.recorder.ondataavailable = (e) => {
      if (e.data.size > 0) this.chunks.push(e.data);
    };
    this.startedAt = performance.now();
    this.recorder.start(1000);
  }

  /** Stops and returns the audio as an ArrayBuffer with the MIME type actually used; null if nothing was recording. */
  stop(): Promise<Recorded | null> {
    const recorder = this.recorder;
    this.recorder = null;
    if (!recorder || recorder.state === 'inactive') return Promise.resolve(null);
    const durationMs = performance.now() - this.startedAt;
    return new Promise((resolve) => {
      recorder.onstop = () => {
        const mime = recorder.mimeType || this.chunks[0]?.type || 'audio/webm';
        // Stored as ArrayBuffer, not Blob: Safari has thrown UnknownError writing Blobs to IndexedDB (Dexie issue 1919).
        void new Blob(this.chunks, { type: mime })
          .arrayBuffer()
          .then((data) => resolve(data.byteLength > 0 ? { data, mime, durationMs } : null));
      };
      recorder.stop();
    });
  }

  /** Stops recording and releases the microphone. */
  close(): void {
    if (this.recorder && this.recorder.state !== 'inactive') this.recorder.stop();
    this.recorder = null;
    this.stream.getTracks().forEach((t) => t.stop());
  }
}
