// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useSettledValue } from './use-settled-value';

afterEach(() => {
  vi.useRealTimers();
});

describe('useSettledValue', () => {
  it('passes a change after a rest at once, then holds changes that keep coming until they stop', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 150), {
      initialProps: { value: 1 },
    });
    expect(result.current).toBe(1);
    // The first change after a rest: in the next task, without waiting for the delay.
    rerender({ value: 2 });
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(2);
    // Changes 100 ms apart (faster than the delay): each one waits.
    for (const value of [3, 4, 5]) {
      act(() => vi.advanceTimersByTime(99));
      rerender({ value });
      act(() => vi.advanceTimersByTime(1));
      expect(result.current).toBe(2);
    }
    act(() => vi.advanceTimersByTime(148));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(5);
    // Rested again: the next change passes at once.
    act(() => vi.advanceTimersByTime(200));
    rerender({ value: 6 });
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(6);
  });
});
