import { use } from 'react';
import type { VaultController } from './vaultContext';
import { VaultContext } from './vaultContext';

export function useVault(): VaultController {
  const vault = use(VaultContext);
  if (vault === null) throw new Error('useVault() needs a <VaultProvider> above it');
  return vault;
}
