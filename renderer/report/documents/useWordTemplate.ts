import { useCallback, useEffect, useState } from 'react';
import type { WordTemplateInfo } from '../../../shared/ipc/exchangeContract';
import { bridge } from '../../app/bridge';

/** The Word template chosen in Settings (null: the clean default), read again when asked. */
export function useWordTemplate(): { template: WordTemplateInfo | null; reload: () => void } {
  const [template, setTemplate] = useState<WordTemplateInfo | null>(null);
  const reload = useCallback(() => {
    void bridge()
      .invoke('settings:get')
      .then((settings) => setTemplate(settings.wordTemplate ?? null));
  }, []);
  useEffect(reload, [reload]);
  return { template, reload };
}
