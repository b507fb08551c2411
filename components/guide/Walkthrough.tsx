import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isElement } from '../../utils/guide/fingerprint';
import { placeBubble, reveal, viewportBox, type Box } from './geometry';
import { NO_VOICE_NOTE, speak, stopSpeaking, vietnameseVoice } from './speech';

/** One step to show; `resolve` finds the element now (works for iframes/shadow roots the caller knows about). */
export interface WalkStep {
  title: string;
  note: string;
  kind: 'field' | 'click' | 'submit';
  resolve: () => Element | null;
  /** Shown when resolve finds nothing, e.g. the step's page-change explanation. */
  notFound?: string;
}

export interface WalkProps {
  steps: WalkStep[];
  start: number;
  large?: boolean;
  onIndex?: (i: number) => void;
  /** The element of the shown step (null when not found), so the host can follow it into a modal dialog. */
  onElement?: (el: Element | null) => void;
  onEnd: (reason: 'done' | 'closed') => void;
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable=true]';

export function Walkthrough(props: WalkProps) {
  const { steps } = props;
  const [i, setI] = useState(Math.min(Math.max(0, props.start), steps.length - 1));
  const [large, setLarge] = useState(!!props.large);
  const [reading, setReading] = useState(false);
  const [voiceNote, setVoiceNote] = useState('');
  const [box, setBox] = useState<Box | null>(null);
  const [pos, setPos] = useState({ top: 0, left: 0 });
  const bubble = useRef<HTMLDivElement>(null);
  const step = steps[i]!;
  const el = useRef<Element | null>(null);

  const go = (n: number) => {
    if (n < 0) return;
    if (n >= steps.length) return props.onEnd('done');
    setI(n);
  };

  // Resolve and reveal the step's element on each step change.
  useEffect(() => {
    props.onIndex?.(i);
    el.current = step.resolve();
    props.onElement?.(el.current);
    if (el.current) {
      reveal(el.current);
      (el.current as HTMLElement).focus?.({ preventScroll: true });
    }
    measure();
    bubble.current?.querySelector<HTMLButtonElement>('button.primary')?.focus({ preventScroll: true });
  }, [i]);

  function measure() {
    const b = el.current && el.current.isConnected ? viewportBox(el.current) : null;
    setBox(b);
  }

  // Keep the spotlight on the element while the page, a container or a frame scrolls or resizes.
  useEffect(() => {
    let raf = 0;
    const again = () => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(measure);
    };
    const wins = new Set<Window>([window]);
    const d = el.current?.ownerDocument.defaultView;
    if (d) wins.add(d);
    wins.forEach((w) => {
      w.addEventListener('scroll', again, true);
      w.addEventListener('resize', again);
    });
    const timer = setInterval(again, 500); // layout shifts that fire no event (a late banner)
    return () => {
      wins.forEach((w) => {
        w.removeEventListener('scroll', again, true);
        w.removeEventListener('resize', again);
      });
      clearInterval(timer);
      cancelAnimationFrame(raf);
    };
  }, [i]);

  useLayoutEffect(() => {
    const r = bubble.current?.getBoundingClientRect();
    setPos(placeBubble(box, { width: r?.width ?? 360, height: r?.height ?? 200 }, window.innerWidth, window.innerHeight));
  }, [box, large, i, voiceNote]);

  // Keyboard: arrows/Enter step, Esc ends. Arrows inside a page field stay the citizen's (moving the caret).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.composedPath()[0];
      const inPageField = isElement(t) && t.matches(EDITABLE) && !bubble.current?.contains(t);
      if (e.key === 'Escape') return void (e.preventDefault(), props.onEnd('closed'));
      if (inPageField) return;
      if (e.key === 'ArrowRight') (e.preventDefault(), go(i + 1));
      else if (e.key === 'ArrowLeft') (e.preventDefault(), go(i - 1));
    };
    const docs = new Set<Document>([document]);
    if (el.current) docs.add(el.current.ownerDocument);
    docs.forEach((d) => d.addEventListener('keydown', onKey, true));
    return () => docs.forEach((d) => d.removeEventListener('keydown', onKey, true));
  }, [i]);

  // A click step advances when the citizen clicks the real element.
  useEffect(() => {
    const target = el.current;
    if (!target || step.kind !== 'click') return;
    // Progress is reported at once: the click may navigate away before the next render.
    const next = () => {
      props.onIndex?.(i + 1);
      setTimeout(() => go(i + 1), 0);
    };
    target.addEventListener('click', next, true);
    return () => target.removeEventListener('click', next, true);
  }, [i]);

  useEffect(() => {
    if (!reading) return stopSpeaking();
    let live = true;
    void vietnameseVoice().then((v) => {
      if (!live) return;
      if (!v) return setVoiceNote(NO_VOICE_NOTE);
      setVoiceNote('');
      speak(`Bước ${i + 1}. ${step.title}. ${step.note}`, v);
    });
    return () => {
      live = false;
    };
  }, [reading, i]);
  useEffect(() => () => stopSpeaking(), []);

  // Touch: a horizontal swipe on the bubble steps.
  const touchX = useRef<number | null>(null);
  const onTouchStart = (e: TouchEvent) => (touchX.current = e.touches[0]?.clientX ?? null);
  const onTouchEnd = (e: TouchEvent) => {
    const x0 = touchX.current;
    const x1 = e.changedTouches[0]?.clientX;
    touchX.current = null;
    if (x0 === null || x1 === undefined || Math.abs(x1 - x0) < 50) return;
    go(x1 < x0 ? i + 1 : i - 1);
  };

  const last = i === steps.length - 1;
  return (
    <div class="guide-root">
      {box && <div class="guide-spot" data-guide-spotlight style={{ top: box.top - 4, left: box.left - 4, width: box.width + 8, height: box.height + 8 }} />}
      <div
        ref={bubble}
        class={`guide-bubble${large ? ' large' : ''}`}
        role="dialog"
        aria-modal="false"
        aria-label="Hướng dẫn từng bước"
        style={{ top: pos.top, left: pos.left }}
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
      >
        <p class="guide-progress" aria-live="polite">
          Bước {i + 1}/{steps.length}
        </p>
        <h3>{step.title}</h3>
        <p>{step.note}</p>
        {!box && (
          <p class="guide-warn" role="alert">
            {step.notFound ?? 'Không tìm thấy ô này trên trang. Trang có thể đã thay đổi; bạn có thể bấm "Tiếp".'}
          </p>
        )}
        {voiceNote && <p class="guide-warn">{voiceNote}</p>}
        <div class="guide-row">
          <button onClick={() => go(i - 1)} disabled={i === 0}>
            Quay lại
          </button>
          <button class="primary" onClick={() => go(i + 1)}>
            {last ? 'Xong' : 'Tiếp'}
          </button>
          <button onClick={() => props.onEnd('closed')}>Kết thúc</button>
          <button aria-pressed={large} onClick={() => setLarge(!large)}>
            Chữ lớn
          </button>
          <button aria-pressed={reading} onClick={() => setReading(!reading)}>
            Đọc to
          </button>
        </div>
      </div>
    </div>
  );
}
