// Removes the build output of every package, so a build never ships stale files.
import { rmSync } from 'node:fs';
for (const pkg of ['core', 'elements', 'letter', 'react']) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
