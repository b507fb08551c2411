import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Overlay } from '../components/overlay/Overlay';
import { OVERLAY_CSS } from '../components/overlay/styles';

/** Injected into the portal tab (isolated world) on first use; renders the overlay in an open shadow root. */
export default defineUnlistedScript(() => {
  if (globalThis.__trolyOverlay) return;
  const host = document.createElement('tro-ly-mot-cua');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.append(host);
  let visible = false;
  const draw = () => render(visible ? h(Overlay, { onClose: () => ((visible = false), draw()) }) : null, mount);
  globalThis.__trolyOverlay = {
    open: () => ((visible = true), draw()),
    toggle: () => ((visible = !visible), draw()),
  };
});
