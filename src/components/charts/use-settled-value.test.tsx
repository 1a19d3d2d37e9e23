// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useSettledValue } from './use-settled-value';

afterEach(() => {
  vi.useRealTimers();
});

describe('useSettledValue', () => {
  it('keeps the last settled value while changes keep coming, then takes the latest', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 150), {
      initialProps: { value: 1 },
    });
    expect(result.current).toBe(1);
    for (const value of [2, 3, 4, 5]) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(100));
      expect(result.current).toBe(1);
    }
    act(() => vi.advanceTimersByTime(60));
    expect(result.current).toBe(5);
  });
});
