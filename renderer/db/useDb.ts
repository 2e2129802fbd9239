import { use } from 'react';
import { DbContext } from './dbContext';
import type { HabeasDb } from './habeasDb';

export function useDb(): HabeasDb {
  const db = use(DbContext);
  if (db === null) throw new Error('useDb() needs a <DbContext> provider above it');
  return db;
}
