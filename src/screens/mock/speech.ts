// "Read it to me": the browser's speech synthesis, offered only when a voice on the device exists (works offline).
import { useEffect, useState } from 'preact/hooks';

function localVoice(): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return (
    speechSynthesis.getVoices().find((v) => v.localService && v.lang.startsWith(navigator.language.slice(0, 2))) ??
    speechSynthesis.getVoices().find((v) => v.localService) ??
    null
  );
}

/** A local voice once the browser has listed its voices (they load asynchronously), else null. */
export function useLocalVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState(localVoice);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return undefined;
    const update = () => setVoice(localVoice());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, []);
  return voice;
}

/** Reads `text` aloud with `voice`, stopping anything already being read. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speechSynthesis.speak(utterance);
}
