// Parses `dotnet --list-runtimes` and decides whether the runtime the server needs is present.
// Pure module: must not import `vscode`.

export interface DotnetRuntime {
  name: string;
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
  location?: string;
}

/** The shared framework the language server and the CLI target (net10.0, framework-dependent). */
export const REQUIRED_FRAMEWORK = 'Microsoft.NETCore.App';
export const REQUIRED_MAJOR = 10;
export const DOWNLOAD_URL = 'https://dotnet.microsoft.com/download/dotnet/10.0';

// Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
const LINE = /^\s*(\S+)\s+(\d+)\.(\d+)\.(\d+)(?:-(\S+))?\s*(?:\[(.*)\])?\s*$/;

export function parseListRuntimes(output: string): DotnetRuntime[] {
  const runtimes: DotnetRuntime[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, name, major, minor, patch, prerelease, location] = m;
    const rt: DotnetRuntime = {
      name,
      version: `${major}.${minor}.${patch}${prerelease ? '-' + prerelease : ''}`,
      major: Number(major),
      minor: Number(minor),
      patch: Number(patch),
    };
    if (prerelease) rt.prerelease = prerelease;
    if (location) rt.location = location;
    runtimes.push(rt);
  }
  return runtimes;
}

export interface RuntimeCheckResult {
  ok: boolean;
  /** The best matching runtime, when ok. */
  runtime?: DotnetRuntime;
  /** What is wrong and what to do, when not ok. */
  message?: string;
}

function compare(a: DotnetRuntime, b: DotnetRuntime): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    a.patch - b.patch ||
    // a release sorts after its prereleases
    (a.prerelease ? (b.prerelease ? a.prerelease.localeCompare(b.prerelease) : -1) : b.prerelease ? 1 : 0)
  );
}

/**
 * Checks the output of `<dotnet> --list-runtimes`.
 * @param dotnet the dotnet command that was run (shown in the message).
 */
export function checkRuntimes(output: string, dotnet = 'dotnet', major = REQUIRED_MAJOR): RuntimeCheckResult {
  const runtimes = parseListRuntimes(output).filter((r) => r.name === REQUIRED_FRAMEWORK);
  const suitable = runtimes.filter((r) => r.major === major).sort(compare);
  if (suitable.length > 0) {
    return { ok: true, runtime: suitable[suitable.length - 1] };
  }
  const found = runtimes.length
    ? `'${dotnet}' has only ${runtimes.map((r) => r.version).join(', ')}.`
    : `'${dotnet}' lists no ${REQUIRED_FRAMEWORK} runtime.`;
  return {
    ok: false,
    message:
      `The Safeguards language server needs the .NET ${major} runtime (${REQUIRED_FRAMEWORK} ${major}.x), ` +
      `but ${found} Install the .NET ${major} runtime from ${DOWNLOAD_URL}, ` +
      `or set "safeguards.dotnet.path" to a dotnet that has it, then run "Safeguards: Restart Language Server".`,
  };
}

/** Message for when the dotnet executable cannot be started at all. */
export function dotnetNotFoundMessage(dotnet: string, reason: string, major = REQUIRED_MAJOR): string {
  return (
    `Could not run '${dotnet}' (${reason}). The Safeguards language server needs the .NET ${major} runtime. ` +
    `Install it from ${DOWNLOAD_URL} (make sure 'dotnet' is on PATH), ` +
    `or set "safeguards.dotnet.path" to the dotnet executable, then run "Safeguards: Restart Language Server".`
  );
}
