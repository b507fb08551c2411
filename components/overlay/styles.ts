/** Styles live inside the overlay's shadow root: portal CSS cannot reach in, ours cannot leak out. */
export const OVERLAY_CSS = `
:host { all: initial; }
.panel { position: fixed; z-index: 2147483646; right: 16px; bottom: 64px; width: 360px; max-height: 75vh; overflow: auto;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 28px #0004;
  font: 14px/1.45 "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; padding: 12px; }
h2 { font-size: 15px; margin: 0 0 8px; display: flex; justify-content: space-between; align-items: center; }
label { display: block; font-size: 12px; color: #59636e; margin: 6px 0 2px; }
input[type=search], select { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #d0d7de; border-radius: 6px; font: inherit; }
button { font: inherit; padding: 5px 10px; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; cursor: pointer; margin: 2px 4px 2px 0; }
button.primary { background: #b3261e; border-color: #b3261e; color: #fff; }
button.chosen { outline: 2px solid #2da44e; }
button.link { border: 0; background: none; color: #0969da; padding: 0; text-align: left; }
ul { list-style: none; padding: 0; margin: 4px 0; }
li { margin: 2px 0; }
.status { margin: 8px 0; font-weight: 600; }
.muted { color: #59636e; font-size: 12px; }
.warn { color: #9a6700; } .bad { color: #cf222e; } .ok { color: #1a7f37; }
.dossier-list { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 8px; margin: 8px 0; }
.dossier-list p { margin: 4px 0; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; }
table { border-collapse: collapse; width: 100%; font-size: 12px; } td { border-top: 1px solid #eee; padding: 2px 4px; vertical-align: top; }
`;
