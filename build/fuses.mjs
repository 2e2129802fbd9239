/**
 * Electron fuses for release builds (security.md §1.2), flipped by afterPack.mjs before
 * signing so the OS signature check keeps them flipped.
 *
 * Why not `strictlyRequireAllFuses: true`: Electron 45's fuse wire has nine fuses but
 * @electron/fuses 1.8.0 names only eight (it has no WasmTrapHandlers), so strict mode
 * always throws. Instead, after flipping, `verifyFuses` reads the wire back and fails the
 * build if its length differs from the fuses named below or any fuse is not in the state
 * listed: the same guarantee, enforced on the binary itself.
 */
import electronFuses from '@electron/fuses';

const { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } = electronFuses;

/** Bytes of the fuse wire: ASCII '1' and '0'. */
export const FUSE_ENABLED = 0x31;
export const FUSE_DISABLED = 0x30;

/** Every fuse in the wire, with the state Habeas ships. */
export const FUSE_SETTINGS = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a general Node runtime.
  RunAsNode: false,
  // Harmless, and keeps any cookie store encrypted with the OS key.
  EnableCookieEncryption: true,
  // NODE_OPTIONS and NODE_EXTRA_CA_CERTS could inject code or trust roots.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would let a local process attach a debugger.
  EnableNodeCliInspectArguments: false,
  // Refuse a modified app.asar (enforced on macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Without it the integrity check can be sidestepped with an unpacked app/ folder.
  OnlyLoadAppFromAsar: true,
  // No custom V8 snapshot is shipped.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The UI is served from app://, so file:// needs no extra powers.
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default; WebAssembly bounds checks stay in hardware traps.
  WasmTrapHandlers: true,
});

/** WasmTrapHandlers' position in the wire, for @electron/fuses versions that do not name it. */
const WASM_TRAP_HANDLERS_INDEX = 8;

/** Wire index of each fuse in FUSE_SETTINGS. */
export const FUSE_INDEX = Object.freeze({
  RunAsNode: FuseV1Options.RunAsNode,
  EnableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  EnableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  EnableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  EnableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  OnlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  LoadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  GrantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
  WasmTrapHandlers: FuseV1Options.WasmTrapHandlers ?? WASM_TRAP_HANDLERS_INDEX,
});

/** flipFuses can only set the fuses its enum names; it throws on any other index. */
const namedByLibrary = (index) => typeof FuseV1Options[index] === 'string';

/** The config handed to flipFuses: every fuse this @electron/fuses version can name. */
export function flipConfig() {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: false };
  for (const [name, enabled] of Object.entries(FUSE_SETTINGS)) {
    if (namedByLibrary(FUSE_INDEX[name])) config[FUSE_INDEX[name]] = enabled;
  }
  return config;
}

/** Throws unless the binary's wire is exactly FUSE_SETTINGS, fuse for fuse. */
export async function verifyFuses(binaryPath) {
  const wire = await getCurrentFuseWire(binaryPath);
  const indices = Object.keys(wire).filter((key) => /^\d+$/.test(key));
  const names = Object.keys(FUSE_SETTINGS);
  if (indices.length !== names.length) {
    throw new Error(
      `The Electron binary has ${indices.length} fuses but build/fuses.mjs sets ${names.length}: ` +
        'review the new fuse and add it to FUSE_SETTINGS before releasing.',
    );
  }
  for (const name of names) {
    const expected = FUSE_SETTINGS[name] ? FUSE_ENABLED : FUSE_DISABLED;
    if (wire[FUSE_INDEX[name]] !== expected) {
      throw new Error(`Fuse ${name} should be ${FUSE_SETTINGS[name] ? 'enabled' : 'disabled'} but is not.`);
    }
  }
}

/** Flips the fuses in the packaged Electron binary, then proves the result. */
export async function applyFuses(binaryPath) {
  await flipFuses(binaryPath, flipConfig());
  await verifyFuses(binaryPath);
}
