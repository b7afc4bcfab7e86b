import { describe, expect, it, vi } from 'vitest';
import { PrintError, withTimeLimit } from '../../../../main/services/printer';

describe('the time limit on a print', () => {
  it('passes the result through when the print finishes in time', async () => {
    await expect(withTimeLimit(Promise.resolve(new Uint8Array([1])), 1000, () => undefined)).resolves.toEqual(new Uint8Array([1]));
  });

  it('stops a print that takes too long, abandons its page and says it timed out', async () => {
    vi.useFakeTimers();
    try {
      const abandon = vi.fn();
      const never = new Promise<Uint8Array>(() => undefined);
      const result = withTimeLimit(never, 5_000, abandon);
      const assertion = expect(result).rejects.toMatchObject({ name: 'PrintError', code: 'timeout', timeoutMs: 5_000 });
      await vi.advanceTimersByTimeAsync(5_000);
      await assertion;
      expect(abandon).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes a printer failure through', async () => {
    await expect(withTimeLimit(Promise.reject(new PrintError('printerFailed', 'crashed')), 1000, () => undefined)).rejects.toMatchObject({ code: 'printerFailed' });
  });
});
