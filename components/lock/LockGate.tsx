import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { passphraseProblem } from '../../utils/crypto/envelope';
import { createVault, restoreSession, touchActivity, unlock, type VaultState } from '../../utils/crypto/session';

/**
 * Shows its children only when the officer's data is unlocked. First run: create the passphrase;
 * later: "Mật khẩu" + "Mở khóa", once per browser session.
 */
export function LockGate(props: { children: ComponentChildren }) {
  const [state, setState] = useState<VaultState | 'loading'>('loading');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void restoreSession().then(setState);
    const onActivity = () => void touchActivity();
    addEventListener('pointerdown', onActivity);
    addEventListener('keydown', onActivity);
    return () => {
      removeEventListener('pointerdown', onActivity);
      removeEventListener('keydown', onActivity);
    };
  }, []);

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
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  if (state === 'loading') return <p class="muted">Đang mở…</p>;
  if (state === 'unlocked') return <>{props.children}</>;

  return (
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
  );
}
