import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { passphraseProblem } from '../../utils/crypto/envelope';
import { createVault, restoreSession, touchActivity, unlock, type VaultState } from '../../utils/crypto/session';
import { LockedError } from '../../utils/store/codec';
import { errorMessage, isBlocked, STORE_MESSAGES, storeErrorKind } from '../../utils/store/errors';

/**
 * Shows its children only when the officer's data is unlocked. First run: create the passphrase;
 * later: "Mật khẩu" + "Mở khóa", once per browser session.
 */
export function LockGate(props: { children: ComponentChildren }) {
  const [state, setState] = useState<VaultState | 'loading'>('loading');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const [problem, setProblem] = useState('');
  // Once shown, the pages stay mounted (hidden) while locked, so an edit in progress survives an auto-lock.
  const [wasUnlocked, setWasUnlocked] = useState(false);
  useEffect(() => {
    if (state === 'unlocked') setWasUnlocked(true);
  }, [state]);

  useEffect(() => {
    void restoreSession().then(setState, (err: unknown) => setProblem(errorMessage(err)));
    const onActivity = () => void touchActivity();
    addEventListener('pointerdown', onActivity);
    addEventListener('keydown', onActivity);
    // Auto-lock runs in the background: an open page must drop its copy of the key too.
    const recheck = () =>
      void restoreSession().then(
        (s) => setState((prev) => (prev === 'unlocked' && s === 'locked' ? 'locked' : prev)),
        () => undefined,
      );
    const timer = setInterval(recheck, 10_000);
    addEventListener('focus', recheck);
    // Storage failures the page did not handle itself (side panel actions…) still reach the officer.
    const onRejection = (e: PromiseRejectionEvent) => {
      if (e.reason instanceof LockedError) {
        e.preventDefault();
        recheck();
      } else if (storeErrorKind(e.reason)) {
        e.preventDefault();
        setProblem(errorMessage(e.reason));
      }
    };
    addEventListener('unhandledrejection', onRejection);
    // An upgrade waiting for another tab never fails, it waits: say which tab to close.
    const blocked = setInterval(() => isBlocked() && setProblem(STORE_MESSAGES.blocked), 1000);
    return () => {
      removeEventListener('pointerdown', onActivity);
      removeEventListener('keydown', onActivity);
      removeEventListener('focus', recheck);
      removeEventListener('unhandledrejection', onRejection);
      clearInterval(timer);
      clearInterval(blocked);
    };
  }, []);

  const banner = problem ? (
    <div role="alert" class="status error" style={{ margin: '8px' }}>
      {problem}{' '}
      <button type="button" onClick={() => setProblem('')}>
        Đã hiểu
      </button>
    </div>
  ) : null;

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const pass = String(form.get('pass') ?? '');
    setError('');
    if (state === 'none') {
      const problem = passphraseProblem(pass, String(form.get('repeat') ?? ''));
      if (problem) return setError(problem);
    }
    setBusy(true);
    try {
      if (state === 'none') await createVault(pass);
      else await unlock(pass);
      setState('unlocked');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (state === 'loading') return banner ?? <p class="muted">Đang mở…</p>;
  const locked = state !== 'unlocked';

  // One tree shape for both states, so the pages keep their state across a lock (Preact remounts otherwise).
  return (
    <>
      {banner}
      {(wasUnlocked || !locked) && <div hidden={locked}>{props.children}</div>}
      {locked && (
        <main style={{ maxWidth: '480px', margin: '24px auto', padding: '16px' }}>
          <section class="card">
            <h1>Trợ lý Một cửa</h1>
            {state === 'none' ? (
              <>
                <h2>Tạo mật khẩu bảo vệ dữ liệu công dân</h2>
                <p class="muted">
                  Dữ liệu công dân trên máy này được mã hoá bằng mật khẩu này. Không có cách nào lấy lại mật khẩu: nếu quên, bạn
                  chỉ có thể khôi phục từ bản sao lưu. Hãy sao lưu định kỳ.
                </p>
              </>
            ) : (
              <h2>Mở khóa dữ liệu</h2>
            )}
            <form onSubmit={submit}>
              <label class="field">
                <span>{state === 'none' ? 'Mật khẩu mới' : 'Mật khẩu'}</span>
                <input type="password" name="pass" autocomplete={state === 'none' ? 'new-password' : 'current-password'} required autoFocus />
              </label>
              {state === 'none' && (
                <label class="field">
                  <span>Nhập lại mật khẩu</span>
                  <input type="password" name="repeat" autocomplete="new-password" required />
                </label>
              )}
              <button type="submit" class="primary" disabled={busy}>
                {state === 'none' ? 'Tạo' : 'Mở khóa'}
              </button>
              <div role="alert" class="status error">
                {error}
              </div>
            </form>
          </section>
        </main>
      )}
    </>
  );
}
