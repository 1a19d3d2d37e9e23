import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Lazy chunks (charts, toolbars) can take seconds to import on a loaded CI machine.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
