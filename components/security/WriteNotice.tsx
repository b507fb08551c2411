import { useEffect, useState } from 'preact/hooks';
import { dismissJournal, interruptedMessage, interruptedWrite } from '../../utils/store/journal';

/** Tells the officer, at the next open, that an import or restore was cut off and must be run again. */
export function WriteNotice() {
  const [text, setText] = useState('');
  useEffect(() => void interruptedWrite().then((e) => e && setText(interruptedMessage(e)), () => undefined), []);
  if (!text) return null;
  return (
    <div role="alert" class="status error card">
      {text}{' '}
      <button type="button" onClick={() => void dismissJournal().then(() => setText(''))}>
        Đã hiểu
      </button>
    </div>
  );
}
