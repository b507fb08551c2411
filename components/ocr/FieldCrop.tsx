import { useEffect, useRef } from 'preact/hooks';
import type { FractionBox } from '../../utils/ocr/contract';

/** The part of the page a field was read from, drawn from the page preview (never stored). */
export function FieldCrop(props: { preview?: string; box?: FractionBox; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el || !props.preview || !props.box) return;
    const img = new Image();
    img.onload = () => {
      const b = props.box!;
      // A little margin around the line so a cut-off diacritic is still visible.
      const x0 = Math.max(0, b.x0 - 0.01) * img.width;
      const y0 = Math.max(0, b.y0 - 0.01) * img.height;
      const w = Math.min(img.width - x0, (b.x1 - b.x0 + 0.02) * img.width);
      const h = Math.min(img.height - y0, (b.y1 - b.y0 + 0.02) * img.height);
      if (w < 2 || h < 2) return;
      const scale = Math.min(1, 320 / w);
      el.width = Math.round(w * scale);
      el.height = Math.round(h * scale);
      el.getContext('2d')?.drawImage(img, x0, y0, w, h, 0, 0, el.width, el.height);
    };
    img.src = props.preview;
  }, [props.preview, props.box]);
  if (!props.preview || !props.box) return null;
  return <canvas ref={canvas} class="ocr-crop" role="img" aria-label={`Ảnh vùng đọc: ${props.label}`} />;
}
