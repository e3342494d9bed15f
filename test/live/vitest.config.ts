// The live proof suite: real servers on 127.0.0.1, probed with openssl s_client and curl (`npm run test:live`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/live/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    setupFiles: ['test/live/setup.ts'],
  },
});
