/** Vietnamese voice of the browser, if it has one. Voices load asynchronously in Chromium, hence the wait. */
export async function vietnameseVoice(timeoutMs = 800): Promise<SpeechSynthesisVoice | null> {
  const synth = globalThis.speechSynthesis;
  if (!synth) return null;
  const pick = () => synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi')) ?? null;
  if (synth.getVoices().length) return pick();
  return new Promise((resolve) => {
    const done = () => resolve(pick());
    synth.addEventListener?.('voiceschanged', done, { once: true });
    setTimeout(done, timeoutMs);
  });
}

export const NO_VOICE_NOTE =
  'Máy này chưa có giọng đọc tiếng Việt. Có thể cài thêm giọng tiếng Việt trong phần Ngôn ngữ/Giọng nói của hệ điều hành, rồi mở lại trình duyệt.';

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const synth = globalThis.speechSynthesis;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.9;
  synth.speak(u);
}

export function stopSpeaking(): void {
  globalThis.speechSynthesis?.cancel();
}
