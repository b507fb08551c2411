import { render } from 'preact';
import '../../components/ui/base.css';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';

render(<SidePanelApp />, document.getElementById('app')!);
