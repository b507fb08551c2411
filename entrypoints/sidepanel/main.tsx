import { render } from 'preact';
import '../../components/ui/base.css';
// Dossiers take part in "delete/export this citizen".
import '../../utils/dossier/citizen';
import { LockGate } from '../../components/lock/LockGate';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';

render(
  <LockGate>
    <SidePanelApp />
  </LockGate>,
  document.getElementById('app')!,
);
