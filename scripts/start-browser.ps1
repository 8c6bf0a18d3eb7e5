# Starts Chrome, Chromium or Edge for 'optout run --attach', without Java: a dedicated profile, the debugging port
# bound to 127.0.0.1, and the browser left running. Never with --remote-allow-origins=*.
#   scripts\start-browser.ps1 [-Browser chrome|chromium|edge] [-Port N] [-Profile DIR] [-Headless]
param(
    [ValidateSet('chrome', 'chromium', 'edge', 'firefox', '')]
    [string]$Browser = '',
    [ValidateRange(1024, 65535)]
    [int]$Port = 9222,
    [string]$Profile = '',
    [switch]$Headless
)
$ErrorActionPreference = 'Stop'

function Fail([string]$message, [int]$code = 6) {
    [Console]::Error.WriteLine("start-browser: $message")
    exit $code
}

function Find-Browser([string]$kind) {
    $roots = @($env:ProgramFiles, ${env:ProgramFiles(x86)}, $env:LOCALAPPDATA) | Where-Object { $_ }
    $relative = switch ($kind) {
        'chrome' { 'Google\Chrome\Application\chrome.exe' }
        'chromium' { 'Chromium\Application\chrome.exe' }
        'edge' { 'Microsoft\Edge\Application\msedge.exe' }
    }
    foreach ($root in $roots) {
        $candidate = Join-Path $root $relative
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    $onPath = Get-Command ($(if ($kind -eq 'edge') { 'msedge.exe' } else { 'chrome.exe' })) -ErrorAction SilentlyContinue
    if ($onPath -and $kind -ne 'chromium') { return $onPath.Source }
    return $null
}

function Test-Answers {
    try {
        Invoke-RestMethod -Uri "http://127.0.0.1:$Port/json/version" -TimeoutSec 2 -UseBasicParsing | Out-Null
        return $true
    } catch {
        return $false
    }
}

if ($Browser -eq 'firefox') {
    Fail "Firefox cannot be attached to: run 'optout run --browser firefox' instead, which starts Firefox on its own dedicated profile" 2
}
$kind = $Browser
if (-not $kind) {
    $kind = 'chrome'
    $binary = Find-Browser 'chrome'
    if (-not $binary) { $kind = 'chromium'; $binary = Find-Browser 'chromium' }
    if (-not $binary) { Fail 'no Chrome or Chromium found: install one, or name one with -Browser' }
} else {
    $binary = Find-Browser $kind
    if (-not $binary) { Fail "no $kind found: install it or put it on the PATH" }
}

# The same data folder as optout's own: OPTOUT_HOME, else %LOCALAPPDATA%\optout.
$data = if ($env:OPTOUT_HOME) { Join-Path $env:OPTOUT_HOME 'data' } else { Join-Path $env:LOCALAPPDATA 'optout' }
if (-not $Profile) {
    $Profile = Join-Path $data ($(if ($kind -eq 'edge') { 'edge-profile' } else { 'profile' }))
}
$Profile = [System.IO.Path]::GetFullPath($Profile).TrimEnd('\')

# Chrome 136+ ignores the debugging port on the browser's own default profile.
$defaults = @(
    (Join-Path $env:LOCALAPPDATA 'Google\Chrome\User Data'),
    (Join-Path $env:LOCALAPPDATA 'Chromium\User Data'),
    (Join-Path $env:LOCALAPPDATA 'Microsoft\Edge\User Data'))
foreach ($default in $defaults) {
    if ([string]::Equals([System.IO.Path]::GetFullPath($default).TrimEnd('\'), $Profile,
            [System.StringComparison]::OrdinalIgnoreCase)) {
        Fail "$Profile is your browser's default profile, and Chrome 136 and later ignore the debugging port there: leave out -Profile to use optout's dedicated profile (you log in there once)"
    }
}

# A profile open in a browser: Chrome holds its 'lockfile' open without sharing.
$lock = Join-Path $Profile 'lockfile'
if (Test-Path -LiteralPath $lock) {
    try {
        $stream = [System.IO.File]::Open($lock, 'Open', 'ReadWrite', 'None')
        $stream.Close()
    } catch {
        Fail "the profile $Profile is already open in a browser: close that browser or attach to it"
    }
}

if (Test-Answers) {
    Fail "a browser already answers on 127.0.0.1:${Port}: attach to it with --attach 127.0.0.1:$Port, or choose another -Port"
}

New-Item -ItemType Directory -Force -Path $Profile | Out-Null
$arguments = @("--remote-debugging-port=$Port", '--remote-debugging-address=127.0.0.1',
    "--user-data-dir=`"$Profile`"", '--no-first-run', '--no-default-browser-check')
if ($Headless) { $arguments += @('--headless=new', '--disable-gpu') }
$process = Start-Process -FilePath $binary -ArgumentList $arguments -PassThru

$deadline = (Get-Date).AddSeconds(30)
while (-not (Test-Answers)) {
    if ($process.HasExited) {
        Fail "$binary ended at once without opening port ${Port}: if it is already open on that profile, close it or attach to it"
    }
    if ((Get-Date) -gt $deadline) {
        Stop-Process -Id $process.Id -ErrorAction SilentlyContinue
        Fail "$binary did not answer on 127.0.0.1:$Port within 30 s; it was stopped again"
    }
    Start-Sleep -Milliseconds 200
}

Write-Output "Started $kind (process $($process.Id)) on profile $Profile, debugging port 127.0.0.1:$Port."
if (-not $Headless) { Write-Output 'Log in to Facebook and Instagram in that window once; the profile keeps the login.' }
Write-Output 'Then run, for example:'
Write-Output "  optout run facebook-objection --attach 127.0.0.1:$Port"
