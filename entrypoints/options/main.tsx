import { render } from 'preact';
import '../../components/ui/base.css';
import { LockGate } from '../../components/lock/LockGate';
import { OptionsApp } from '../../components/options/OptionsApp';

render(
  <LockGate>
    <OptionsApp />
  </LockGate>,
  document.getElementById('app')!,
);
