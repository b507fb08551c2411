import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { CitizensTab } from './CitizensTab';
import { DossiersTab } from '../dossiers/DossiersTab';
import { ReadPapersTab } from '../ocr/ReadPapersTab';
import { hasPendingPaper, onPendingPaper } from '../../utils/ocr/client';

export interface Tab {
  id: string;
  label: string;
  Component: ComponentType;
}

/** Tabs of the officer's workspace; features add theirs to TABS. */
export const TABS: Tab[] = [{ id: 'citizens', label: t('tabCitizens', 'Công dân'), Component: CitizensTab }];
TABS.push({ id: 'dossiers', label: 'Hồ sơ', Component: DossiersTab });
TABS.push({ id: 'ocr', label: 'Đọc giấy tờ', Component: () => <ReadPapersTab /> });

export function SidePanelApp() {
  const [tab, setTab] = useState(TABS[0]!.id);
  // The right-click "Đọc bằng OCR" opens the panel on the reading tab.
  useEffect(() => {
    void hasPendingPaper().then((yes) => yes && setTab('ocr'));
    return onPendingPaper(() => setTab('ocr'));
  }, []);
  const Current = (TABS.find((t) => t.id === tab) ?? TABS[0]!).Component;
  return (
    <main style={{ padding: '12px' }}>
      <header class="row" style={{ justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>{t('extName', 'Trợ lý Một cửa')}</h1>
        <button onClick={() => browser.runtime.openOptionsPage()} title={t('settingsTitle', 'Cài đặt, nhập và xuất dữ liệu')}>
          {t('settings', 'Cài đặt')}
        </button>
      </header>
      <nav role="tablist" class="row" style={{ margin: '8px 0' }}>
        {TABS.map((t) => (
          <button key={t.id} role="tab" aria-selected={t.id === tab} class={t.id === tab ? 'primary' : ''} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      <Current />
    </main>
  );
}
