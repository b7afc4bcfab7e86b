/**
 * Child process for the interruption test: saves two large workshops alternately to one path,
 * for ever, through the real save path (backup + durable atomic write). The parent kills it with
 * SIGKILL at a random moment and checks that the file is still one complete version.
 *
 * Usage: node --import tsx saveLoop.ts <path>
 */
import { WorkshopFiles } from '../../../../../main/services/workshopFile';
import { bigWorkshop } from './bigWorkshops';

const path = process.argv[2];
if (!path) throw new Error('usage: saveLoop.ts <path>');

const documents = [bigWorkshop('A'), bigWorkshop('B')] as const;
const files = new WorkshopFiles();
let saves = 0;
process.stdout.write('started\n');
for (;;) {
  const result = await files.save(path, documents[saves % 2]!, null, true);
  if (result.status !== 'saved') {
    process.stderr.write(`save failed: ${JSON.stringify(result)}\n`);
    process.exit(1);
  }
  saves++;
  process.stdout.write(`saved ${saves}\n`);
}
