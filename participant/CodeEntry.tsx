import type { i18n as I18n } from 'i18next';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';

const Joined = z.object({ path: z.string().regex(/^\/j\/[A-Za-z0-9_-]{43}$/) });
const Failed = z.object({ error: z.enum(['wrongCode', 'expired', 'tooFast', 'invalid']) });
type Problem = 'wrong' | 'expired' | 'tooFast' | 'failed' | 'invalid';

/** The short address's page: the participant types the 6-digit code shown on the screen and is sent to the room. */
export function CodeEntry({ i18n }: { i18n: I18n }) {
  const t = i18n.t.bind(i18n);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) return setProblem('invalid');
    setBusy(true);
    try {
      const response = await fetch('/code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      const body: unknown = await response.json().catch(() => null);
      const joined = Joined.safeParse(body);
      if (response.ok && joined.success) return location.replace(joined.data.path);
      const failed = Failed.safeParse(body);
      const reason = failed.success ? failed.data.error : null;
      setProblem(reason === 'wrongCode' ? 'wrong' : reason === 'expired' ? 'expired' : reason === 'tooFast' || response.status === 429 ? 'tooFast' : reason === 'invalid' ? 'invalid' : 'failed');
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="page">
      <h1>{t('code.heading')}</h1>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label htmlFor="code">{t('code.label')}</label>
        <input
          id="code"
          className="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          value={code}
          aria-invalid={problem !== null}
          aria-describedby="code-problem"
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('code.join')}
        </button>
        <p id="code-problem" className="notice error" role="alert">
          {problem ? t(`code.${problem}`) : ''}
        </p>
      </form>
    </main>
  );
}
