/**
 * The cars data of the `vega-datasets` package (406 cars from the 1970s and
 * early 1980s; 14 have a missing mpg or horsepower) as a CSV file with short
 * column names: name, mpg, cylinders, displacement, horsepower, weight,
 * acceleration, year, origin. Missing values are empty cells.
 *
 * Run: `npx tsx examples/carsData.ts cars.csv`
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { writeFileAtomic } from '../src/io/atomicWrite.js';

interface CarRecord {
  Name: string;
  Miles_per_Gallon: number | null;
  Cylinders: number;
  Displacement: number;
  Horsepower: number | null;
  Weight_in_lbs: number;
  Acceleration: number;
  Year: string;
  Origin: string;
}

/** Path of `cars.json` inside the installed `vega-datasets` package. */
export function carsJsonPath(): string {
  // the package exports only its index (build/index.js); the data sit beside build/
  return join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..', 'data', 'cars.json');
}

/**
 * Converts vega-datasets' cars.json to CSV text (header + 406 rows).
 *
 * @example
 * writeFileSync('cars.csv', carsCsv());
 */
export function carsCsv(): string {
  const records = JSON.parse(readFileSync(carsJsonPath(), 'utf8')) as CarRecord[];
  const rows = records.map((r) => [
    r.Name,
    r.Miles_per_Gallon ?? '',
    r.Cylinders,
    r.Displacement,
    r.Horsepower ?? '',
    r.Weight_in_lbs,
    r.Acceleration,
    r.Year.slice(0, 4),
    r.Origin,
  ]);
  return stringify(rows, { header: true, columns: ['name', 'mpg', 'cylinders', 'displacement', 'horsepower', 'weight', 'acceleration', 'year', 'origin'] });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? 'cars.csv';
  writeFileAtomic(out, carsCsv());
  console.log(`wrote ${out}`);
}
