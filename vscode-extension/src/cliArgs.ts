// Command lines for the bundled CLI and server; small and pure so they can be tested.
// Pure module: must not import `vscode`.

import * as path from 'path';

export interface ResolvedPaths {
  dotnet: string;
  serverDll: string;
  cliDll: string;
}

/** Applies the settings (empty = default) over the files bundled under `<extension>/server/`. */
export function resolvePaths(
  extensionPath: string,
  settings: { dotnetPath?: string; serverPath?: string; cliPath?: string },
): ResolvedPaths {
  const pick = (v: string | undefined, fallback: string) => (v && v.trim() ? v.trim() : fallback);
  return {
    dotnet: pick(settings.dotnetPath, 'dotnet'),
    serverDll: pick(settings.serverPath, path.join(extensionPath, 'server', 'Safeguards.LanguageServer.dll')),
    cliDll: pick(settings.cliPath, path.join(extensionPath, 'server', 'safeguards.dll')),
  };
}

export function checkArgs(cliDll: string, folder: string): string[] {
  return [cliDll, 'check', folder];
}

/** `safeguards test <pack folder> --format json [--filter <fixture name>]` */
export function testArgs(cliDll: string, packFolder: string, filter?: string): string[] {
  const args = [cliDll, 'test', packFolder, '--format', 'json'];
  if (filter !== undefined) args.push('--filter', filter);
  return args;
}
