// The microphone for a mock with recording on: opened once, each answer saved in its own transaction.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Part } from '../../srs/mock-session';
import { db } from '../../db/instance';
import { saveRecording } from '../../db/recordings';
import { reportStorageError } from '../../state/storage-error';
import { AnswerRecorder, openMicrophone } from './recorder';

/** What the question screen needs: start/stop one answer, and a plain message when recording is not possible. */
export interface MockRecorder {
  status: 'off' | 'opening' | 'ready' | 'failed';
  message: string | null;
  start: () => void;
  stop: (question: number, part: Part) => void;
}

/** Opens the microphone when `enabled`; on failure says so and the mock goes on unrecorded. */
export function useMockRecorder(mockId: string, enabled: boolean): MockRecorder {
  const recorder = useRef<AnswerRecorder | null>(null);
  const [status, setStatus] = useState<MockRecorder['status']>(enabled ? 'opening' : 'off');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let closed = false;
    openMicrophone().then(
      (stream) => {
        if (closed) return stream.getTracks().forEach((t) => t.stop());
        recorder.current = new AnswerRecorder(stream);
        setStatus('ready');
      },
      (error: Error) => {
        setStatus('failed');
        setMessage(`Not recording: ${error.message}. The mock goes on without recording.`);
      },
    );
    return () => {
      closed = true;
      recorder.current?.close();
      recorder.current = null;
    };
  }, [mockId, enabled]);
  return {
    status,
    message,
    start: () => {
      try {
        recorder.current?.start();
      } catch (error) {
        setMessage(`Not recording this answer: ${(error as Error).message}.`);
      }
    },
    stop: (question, part) => {
      const active = recorder.current;
      if (!active) return;
      void active
        .stop()
        .then((done) => {
          if (!done) return;
          const row = {
            mockId,
            question,
            part,
            mime: done.mime,
            data: done.data,
            bytes: done.data.byteLength,
            durationMs: Math.round(done.durationMs),
            createdAt: Date.now(),
          };
          return saveRecording(db, row);
        })
        .catch(reportStorageError);
    },
  };
}
