import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Message routing is wired in ./router.ts.
});
