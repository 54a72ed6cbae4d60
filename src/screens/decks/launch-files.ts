// "Open with Rehearse": an installed app registered as a handler for .md files (manifest `file_handlers`)
// receives the files through `window.launchQueue`. Feature-detected: other browsers use the file picker.

interface LaunchParams {
  files: readonly { kind: string; getFile: () => Promise<File> }[];
}
interface LaunchQueue {
  setConsumer: (consumer: (params: LaunchParams) => void) => void;
}

/** Calls `onFile` with each file the app was opened with; returns a function that stops listening. */
export function listenForLaunchedFiles(onFile: (file: File) => void): () => void {
  const queue = (window as unknown as { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue) return () => undefined;
  let listening = true;
  queue.setConsumer((params) => {
    for (const handle of params.files) {
      if (handle.kind === 'file') void handle.getFile().then((file) => listening && onFile(file));
    }
  });
  return () => {
    listening = false;
  };
}
