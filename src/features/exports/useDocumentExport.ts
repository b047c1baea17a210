// Runs one document export in steps (collect, build, save) so the UI can show progress and stay responsive.
import { useCallback, useState } from 'react';
import { loadChildExportData, type ChildExportData } from '../../data/exportData';
import type { Id } from '../../domain/types';
import type { ExportLanguage, ExportT } from '../../export';
import { documentFileName, type DocumentKind } from '../../export/fileNames';
import { exportT } from '../../i18n';
import { usePlatform, useRepos, useSessionState } from '../../ui/AppContext';
import { localToday } from '../../ui/useToday';
import { saveDocx } from './saveDocx';

export type ExportStep = 'idle' | 'collecting' | 'building' | 'saving' | 'done' | 'cancelled' | 'failed';
export interface ExportState {
  step: ExportStep;
  fileName?: string;
}

export interface BuildContext {
  data: ChildExportData;
  homeName: string;
  today: string;
  t: ExportT;
  language: ExportLanguage;
}

/** Lets the browser paint the progress message before the next heavy step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useDocumentExport(childId: Id) {
  const repos = useRepos();
  const { home } = useSessionState();
  const { platform } = usePlatform();
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  const run = useCallback(
    async (
      kind: DocumentKind,
      language: ExportLanguage,
      build: (context: BuildContext) => Promise<Uint8Array>,
    ) => {
      try {
        setState({ step: 'collecting' });
        await nextFrame();
        const data = await loadChildExportData(repos, childId);
        const today = localToday();
        setState({ step: 'building' });
        await nextFrame();
        const bytes = await build({ data, homeName: home.name, today, t: await exportT(language), language });
        setState({ step: 'saving' });
        const fileName = documentFileName(kind, data.child.name, today, language);
        const result = await saveDocx(platform, fileName, bytes);
        if (!result.saved) {
          setState({ step: 'cancelled' });
          return;
        }
        await repos.audit.recordExport(kind, childId);
        setState({ step: 'done', fileName: result.fileName });
      } catch {
        setState({ step: 'failed' });
      }
    },
    [repos, childId, home.name, platform],
  );

  const busy = state.step === 'collecting' || state.step === 'building' || state.step === 'saving';
  return { state, run, busy };
}
