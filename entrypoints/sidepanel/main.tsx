import { render } from 'preact';
import '../../components/ui/base.css';
import { LockGate } from '../../components/lock/LockGate';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';

render(
  <LockGate>
    <SidePanelApp />
  </LockGate>,
  document.getElementById('app')!,
);
