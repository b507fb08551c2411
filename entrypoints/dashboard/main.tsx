import { render } from 'preact';
import '../../components/ui/base.css';
import '../../components/dashboard/dashboard.css';
import { LockGate } from '../../components/lock/LockGate';
import { DashboardApp } from '../../components/dashboard/DashboardApp';

render(
  <LockGate>
    <DashboardApp />
  </LockGate>,
  document.getElementById('app')!,
);
