/** Walkthrough styles, scoped to the shadow root it draws in. Large hit targets for touch and older citizens. */
export const GUIDE_CSS = `
.guide-layer{position:fixed;inset:0;z-index:2147483646;pointer-events:none;margin:0;padding:0;border:0;background:transparent;width:100vw;height:100vh;max-width:none;max-height:none;overflow:visible}
.guide-spot{position:fixed;border-radius:6px;box-shadow:0 0 0 3px #ffb300,0 0 0 100vmax rgba(0,0,0,.45);transition:all .15s ease;pointer-events:none}
.guide-bubble{position:fixed;pointer-events:auto;background:#fff;color:#1a1a1a;border-radius:10px;padding:14px 16px;max-width:min(420px,92vw);
  box-shadow:0 6px 24px rgba(0,0,0,.35);font:16px/1.45 system-ui,"Segoe UI",Roboto,Arial,sans-serif}
.guide-bubble.large{font-size:22px;max-width:min(560px,94vw)}
.guide-bubble h3{margin:0 0 6px;font-size:1.1em}
.guide-bubble p{margin:6px 0}
.guide-progress{font-weight:600;color:#0b5394}
.guide-warn{color:#a15c00}
.guide-row{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.guide-row button{min-height:44px;min-width:44px;padding:8px 14px;font:inherit;border-radius:8px;border:1px solid #888;background:#f4f4f4;cursor:pointer}
.guide-row button.primary{background:#0b5394;color:#fff;border-color:#0b5394}
.guide-row button[aria-pressed=true]{background:#ffe8a3}
.guide-row button:disabled{opacity:.5}
`;
export const RECORD_CSS = `
.guide-recbar{max-height:70vh;overflow:auto;width:360px}
.guide-steps{margin:6px 0;padding-left:22px}
.guide-steps li{margin:6px 0}
.guide-steps textarea{display:block;width:100%;box-sizing:border-box;font:inherit;font-size:14px;margin:4px 0}
.guide-steps button{font-size:13px}
.guide-muted{color:#666;font-size:13px}
`;
