import { render } from 'preact';
import '../../components/ui/base.css';
// Dossiers take part in "delete/export this citizen".
import '../../utils/dossier/citizen';
import { LockGate } from '../../components/lock/LockGate';
import { OptionsApp } from '../../components/options/OptionsApp';

render(
  <LockGate>
    <OptionsApp />
  </LockGate>,
  document.getElementById('app')!,
);
