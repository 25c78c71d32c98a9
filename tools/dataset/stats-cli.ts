/** `npm run data:stats`: compiles data/ and prints the counts the build prints. */
import { compileDataset, datasetStats, formatDatasetStats } from './compile';

console.log(formatDatasetStats(datasetStats(compileDataset(process.argv[2] ?? 'data'))));
